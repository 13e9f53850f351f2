import { useState } from 'preact/hooks';
import type { AnnexLayout } from '../../../schemas/annex-layout';
import { download } from '../../../lib/browser/download';
import { todayInChina } from '../../../lib/common/dates';
import type { AnnexData } from '../../../lib/table/data';
import { sheetToTsv } from '../../../lib/table/sheet-view';
import { toSheet } from '../../../lib/table/sheet';
import { useCopyAsText } from '../../common/CopyAsText';
import { useLongTask } from '../../common/useLongTask';
import { type ExportExtras, workbookSheets } from '../extras';

const XLSX_ADVICE = '可以重试，或点“下载 CSV”“复制为表格文本”。表中填写的内容都还在。';

/**
 * Excel, CSV and copy-as-text. The writers load on first click. `ready()` checks the form first
 * (and shows what to fix); a backup (from the 清空 dialog) is the draft as it stands: it must not
 * wait for the form to be complete, or the user could not save what they are about to delete.
 * Every download ends in a file or a message (useLongTask); the busy text always goes away.
 */
export function useExport(layout: AnnexLayout, data: AnnexData, ready: () => boolean, extras?: ExportExtras) {
  const task = useLongTask();
  const [importBusy, setBusy] = useState('');
  const [notice, setNotice] = useState('');

  const exportXlsx = async ({ backup = false } = {}) => {
    if (!backup && !ready()) return;
    setNotice('');
    const out = await task.run(
      '正在生成 Excel 文件…',
      async () => {
        const [{ downloadWorkbook }, { exportFileName }] = await Promise.all([
          import('../../../lib/table/download-workbook'),
          import('../../../lib/table/xlsx-write'),
        ]);
        const sheets = await workbookSheets(layout, data, extras);
        return downloadWorkbook(sheets, exportFileName(layout, data, todayInChina()));
      },
      { failure: '生成失败', advice: XLSX_ADVICE },
    );
    if (!out) return;
    setNotice(out.ok ? '已生成 Excel 文件。若没有开始下载，请在系统浏览器中打开本页。' : out.message);
  };

  const exportCsv = async () => {
    if (!ready()) return;
    setNotice('');
    const out = await task.run(
      '正在生成 CSV 文件…',
      async () => {
        const [{ toCsv, csvBytes }, { exportFileName }] = await Promise.all([
          import('../../../lib/table/csv'),
          import('../../../lib/table/xlsx-write'),
        ]);
        return download(
          csvBytes(toCsv(layout, data)),
          exportFileName(layout, data, todayInChina(), 'csv'),
          'text/csv;charset=utf-8',
        );
      },
      { failure: '生成失败', advice: '可以重试，或点“复制为表格文本”。表中填写的内容都还在。' },
    );
    if (out && !out.ok) setNotice(out.message);
  };

  const copier = useCopyAsText(setNotice);
  const copyTsv = () => copier.copy(sheetToTsv(toSheet(layout, data)), '表格文本');

  return {
    busy: task.busy || importBusy,
    setBusy,
    notice,
    setNotice,
    tsv: copier.fallback,
    exportXlsx,
    exportCsv,
    copyTsv,
  };
}
