import { useState } from 'preact/hooks';
import type { AnnexLayout } from '../../../schemas/annex-layout';
import { copyText, download } from '../../../lib/browser/download';
import { todayInChina } from '../../../lib/dates';
import type { AnnexData } from '../../../lib/forms/data';
import { sheetToTsv } from '../../../lib/forms/sheet-view';
import { toSheet } from '../../../lib/forms/sheet';
import { type ExportExtras, workbookSheets } from '../extras';

/**
 * Excel, CSV and copy-as-text. The writers load on first click. `ready()` checks the form first
 * (and shows what to fix); a backup (from the 清空 dialog) is the draft as it stands: it must not
 * wait for the form to be complete, or the user could not save what they are about to delete.
 */
export function useExport(layout: AnnexLayout, data: AnnexData, ready: () => boolean, extras?: ExportExtras) {
  const [busy, setBusy] = useState('');
  const [notice, setNotice] = useState('');
  const [tsv, setTsv] = useState('');

  const exportXlsx = async ({ backup = false } = {}) => {
    if (!backup && !ready()) return;
    setBusy('正在生成 Excel 文件…');
    try {
      const { workbookBytes, XLSX_MIME, exportFileName } = await import('../../../lib/forms/xlsx-write');
      const bytes = await workbookBytes(await workbookSheets(layout, data, extras));
      download(new Blob([bytes], { type: XLSX_MIME }), exportFileName(layout, data, todayInChina()));
      setNotice('已生成 Excel 文件。若没有开始下载，请在系统浏览器中打开本页。');
    } catch (e) {
      setNotice(`生成 Excel 文件失败：${(e as Error).message}`);
    } finally {
      setBusy('');
    }
  };

  const exportCsv = async () => {
    if (!ready()) return;
    const { toCsv, csvBytes } = await import('../../../lib/forms/csv');
    const { exportFileName } = await import('../../../lib/forms/xlsx-write');
    download(
      csvBytes(toCsv(layout, data)),
      exportFileName(layout, data, todayInChina(), 'csv'),
      'text/csv;charset=utf-8',
    );
  };

  const copyTsv = async () => {
    const text = sheetToTsv(toSheet(layout, data));
    if (await copyText(text)) {
      setNotice('已复制表格文本。打开 WPS 或 Excel，点左上角单元格后粘贴即可。');
      setTsv('');
    } else {
      setTsv(text);
      setNotice('浏览器不允许直接复制，请长按下面的文本框全选后复制。');
    }
  };

  return { busy, setBusy, notice, setNotice, tsv, exportXlsx, exportCsv, copyTsv };
}
