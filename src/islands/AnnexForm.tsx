import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnnexLayout } from '../schemas/annex-layout';
import { isWeChat } from '../lib/browser/wechat';
import { todayInChina } from '../lib/dates';
import {
  addRow,
  addRowLabel,
  canRemoveRow,
  emptyAnnex,
  isEmptyAnnex,
  removeRow,
  setCell,
  setField,
  type AnnexData,
} from '../lib/forms/data';
import { annexDraftStore } from '../lib/forms/annex-draft';
import type { DraftEnvelope } from '../lib/forms/draft';
import { annexTitle } from '../lib/forms/layout';
import { toSheet } from '../lib/forms/sheet';
import { sheetToTsv } from '../lib/forms/sheet-view';
import { pageOfRow, pageSlice } from '../lib/forms/paging';
import { errorsByTarget, fieldId, validateAnnex } from '../lib/forms/validate-annex';
import { browserStorage } from '../lib/browser/storage';
import { CardView } from './annex/CardView';
import { ErrorSummary, FieldError } from './annex/ErrorSummary';
import { Pager } from './annex/Pager';
import { PrintTable } from './annex/PrintTable';
import { TableView } from './annex/TableView';

export interface AnnexFormProps {
  layout: AnnexLayout;
}

type ImportState =
  | { state: 'idle' }
  | { state: 'failed'; fileName: string; errors: { message: string }[] }
  | { state: 'ready'; fileName: string; data: AnnexData };

const wideQuery = '(min-width: 60rem)';
const timeOf = (iso: string) =>
  iso ? new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' }) : '';

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The form for one annex: fill, autosave, validate, export/import, print. Logic lives in src/lib/forms. */
export default function AnnexForm({ layout }: AnnexFormProps) {
  const store = useMemo(() => annexDraftStore(browserStorage(), layout.id), [layout.id]);
  const [data, setData] = useState<AnnexData>(() => emptyAnnex(layout));
  const [loaded, setLoaded] = useState(false);
  const [wide, setWide] = useState(true);
  const [saveNote, setSaveNote] = useState('');
  const [storageProblem, setStorageProblem] = useState('');
  const [conflict, setConflict] = useState<DraftEnvelope<AnnexData> | null>(null);
  const [paused, setPaused] = useState(false);
  const [exportErrors, setExportErrors] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [imported, setImported] = useState<ImportState>({ state: 'idle' });
  const [busy, setBusy] = useState('');
  const [notice, setNotice] = useState('');
  const [wechat, setWechat] = useState(false);
  const [tsv, setTsv] = useState('');
  const clearDialog = useRef<HTMLDialogElement>(null);
  const printHost = useRef<HTMLDivElement>(null);
  const latest = useRef(data);
  latest.current = data;
  const fileInput = useRef<HTMLInputElement>(null);

  // Restore the draft, pick the layout for the screen, listen for other tabs.
  useEffect(() => {
    const result = store.load();
    if (result.status === 'loaded') {
      setData(result.data);
      setSaveNote(
        result.savedAt
          ? `已恢复上次的草稿（保存于 ${new Date(result.savedAt).toLocaleString('zh-CN')}）`
          : '已恢复上次的草稿',
      );
    } else if (result.status === 'unavailable') {
      setStorageProblem(result.message);
    } else if (result.status === 'unreadable') {
      setStorageProblem(`${result.message}。为免覆盖，自动保存已暂停；点“清空”可开始新的草稿。`);
      setPaused(true);
    }
    setLoaded(true);
    const media = window.matchMedia(wideQuery);
    setWide(media.matches);
    const onMedia = () => setWide(media.matches);
    media.addEventListener('change', onMedia);
    setWechat(isWeChat(navigator.userAgent));
    const onStorage = (e: StorageEvent) => {
      if (e.key !== store.key) return;
      const theirs = store.changedElsewhere();
      if (theirs) setConflict(theirs);
    };
    window.addEventListener('storage', onStorage);
    return () => {
      media.removeEventListener('change', onMedia);
      window.removeEventListener('storage', onStorage);
    };
  }, [store]);

  // The print table holds every row, so it is drawn only while printing (the browser announces a
  // print with beforeprint, for the 打印 button and Ctrl+P alike; preact's render() is synchronous).
  useEffect(() => {
    const before = () =>
      printHost.current && render(<PrintTable model={toSheet(layout, latest.current)} />, printHost.current);
    const after = () => printHost.current && render(null, printHost.current);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [layout]);

  // Autosave every change (after the draft has been restored).
  const firstSave = useRef(true);
  useEffect(() => {
    if (!loaded) return;
    if (firstSave.current) {
      firstSave.current = false;
      return;
    }
    if (paused || conflict) return;
    const result = store.save(data);
    if (result.status === 'saved') {
      setSaveNote(`已自动保存（${timeOf(result.savedAt)}），只保存在本浏览器中`);
      setStorageProblem('');
    } else if (result.status === 'conflict') setConflict(result.theirs);
    else {
      setStorageProblem(result.message);
      if (result.status === 'unreadable') setPaused(true);
    }
  }, [data, loaded]);

  const errors = useMemo(
    () => validateAnnex(layout, data, { forExport: exportErrors }),
    [layout, data, exportErrors],
  );
  const errorMap = useMemo(() => errorsByTarget(errors), [errors]);
  const [page, setPage] = useState(0);
  const shown = pageSlice(data.rows.length, page);
  const reveal = (target: string) => {
    const rowId = errors.find((e) => e.target === target)?.rowId;
    const index = data.rows.findIndex((r) => r.id === rowId);
    if (index >= 0) setPage(pageOfRow(index));
  };
  const title = annexTitle(layout, data.fields);
  useEffect(() => {
    const base = document.title.replace(/^错误：/, '');
    document.title = exportErrors && errors.length ? `错误：${base}` : base;
  }, [exportErrors, errors.length]);

  const update = (next: AnnexData) => setData(next);
  const addLabel = addRowLabel(layout, data);

  /** Checks the form for export; on problems shows the summary and returns false. */
  const readyToExport = () => {
    setExportErrors(true);
    setImported({ state: 'idle' });
    const problems = validateAnnex(layout, data, { forExport: true });
    if (problems.length) {
      setFocusKey((k) => k + 1);
      return false;
    }
    return true;
  };

  /**
   * Downloads the Excel file. A backup (from the 清空 dialog) is the draft as it stands: it must not
   * wait for the form to be complete, or the user could not save what they are about to delete.
   */
  const exportXlsx = async ({ backup = false } = {}) => {
    if (!backup && !readyToExport()) return;
    setBusy('正在生成 Excel 文件…');
    try {
      const { exportXlsx: write, exportFileName } = await import('../lib/forms/xlsx-write');
      download(await write(layout, data), exportFileName(layout, data, todayInChina()));
      setNotice('已生成 Excel 文件。若没有开始下载，请在系统浏览器中打开本页。');
    } catch (e) {
      setNotice(`生成 Excel 文件失败：${(e as Error).message}`);
    } finally {
      setBusy('');
    }
  };

  const exportCsv = async () => {
    if (!readyToExport()) return;
    const { toCsv, csvBytes } = await import('../lib/forms/csv');
    const { exportFileName } = await import('../lib/forms/xlsx-write');
    download(
      new Blob([csvBytes(toCsv(layout, data))], { type: 'text/csv;charset=utf-8' }),
      exportFileName(layout, data, todayInChina(), 'csv'),
    );
  };

  const copyTsv = async () => {
    const text = sheetToTsv(toSheet(layout, data));
    try {
      await navigator.clipboard.writeText(text);
      setNotice('已复制表格文本。打开 WPS 或 Excel，点左上角单元格后粘贴即可。');
      setTsv('');
    } catch {
      setTsv(text);
      setNotice('浏览器不允许直接复制，请长按下面的文本框全选后复制。');
    }
  };

  const onFile = async (file: File) => {
    setBusy(`正在读取“${file.name}”…`);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { importAnnexFile } = await import('../lib/forms/import/file');
      const result = await importAnnexFile(layout, bytes, file.name);
      if (result.data) setImported({ state: 'ready', fileName: file.name, data: result.data });
      else setImported({ state: 'failed', fileName: file.name, errors: result.errors });
      setFocusKey((k) => k + 1);
    } catch (e) {
      setImported({
        state: 'failed',
        fileName: file.name,
        errors: [{ message: `文件“${file.name}”无法读取：${(e as Error).message}` }],
      });
    } finally {
      setBusy('');
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const confirmImport = () => {
    if (imported.state !== 'ready') return;
    setData(imported.data);
    setPage(0);
    setImported({ state: 'idle' });
    setNotice(`已导入“${imported.fileName}”。`);
  };

  const clearAll = () => {
    store.clear();
    setPaused(false);
    setStorageProblem('');
    setExportErrors(false);
    setData(emptyAnnex(layout));
    setPage(0);
    clearDialog.current?.close();
    setNotice('已清空。');
  };

  const useTheirs = () => {
    if (!conflict) return;
    setData(store.adopt(conflict));
    setConflict(null);
    setNotice('已载入另一个标签页保存的版本。');
  };
  const keepMine = () => {
    const result = store.save(data, { force: true });
    setConflict(null);
    if (result.status === 'saved') setSaveNote(`已用本页内容覆盖保存（${timeOf(result.savedAt)}）`);
  };

  const fieldInput = (position: 'above' | 'below' | 'title') =>
    layout.fields
      .filter((f) => f.position === position)
      .map((f) => {
        const id = fieldId(f.key);
        const error = errorMap.get(id);
        return (
          <div class={`annex-field${error ? ' has-error' : ''}`} key={f.key}>
            <label for={id}>
              {f.label}
              {f.required && <span class="required-mark">（必填）</span>}
            </label>
            <FieldError id={id} error={error} />
            <input
              id={id}
              type={f.type === 'tel' ? 'tel' : 'text'}
              inputMode={f.type === 'date' ? 'numeric' : undefined}
              placeholder={f.type === 'date' ? '2025-06-30' : undefined}
              autoComplete={f.type === 'tel' ? 'tel' : 'off'}
              value={data.fields[f.key] ?? ''}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onInput={(e) => update(setField(data, f.key, (e.currentTarget as HTMLInputElement).value))}
            />
          </div>
        );
      });

  const viewProps = {
    layout,
    data,
    errors: errorMap,
    start: shown.start,
    end: shown.end,
    onCell: (rowId: string, key: string, value: string) => update(setCell(data, rowId, key, value)),
    onRemove: (rowId: string) => update(removeRow(layout, data, rowId)),
    canRemove: (rowId: string) => canRemoveRow(layout, data, rowId),
  };

  return (
    <div class="annex-form not-content" data-annex={layout.id} data-ready={loaded ? 'true' : undefined}>
      {wechat && (
        <div class="notice wechat-notice" role="note">
          <strong>在微信里打开的？</strong>
          微信内置浏览器通常无法下载文件。请点右上角“···”，选“在浏览器打开”后再下载；
          或者点下面的“复制为表格文本”，粘贴到 WPS 或 Excel。
        </div>
      )}
      {storageProblem && (
        <div class="notice storage-notice" role="status">
          {storageProblem}
        </div>
      )}
      {conflict && (
        <div class="notice conflict-notice" role="alert">
          <p>
            这份草稿在另一个标签页中被修改了（{new Date(conflict.savedAt).toLocaleString('zh-CN')}
            ）。为免互相覆盖，本页已暂停自动保存。
          </p>
          <button type="button" onClick={useTheirs}>
            使用另一个标签页的版本
          </button>
          <button type="button" onClick={keepMine}>
            保留本页内容并覆盖
          </button>
        </div>
      )}

      {imported.state === 'failed' && (
        <ErrorSummary
          title={`无法导入“${imported.fileName}”，当前草稿没有改动`}
          errors={imported.errors}
          focusKey={focusKey}
        />
      )}
      {imported.state === 'ready' && (
        <div class="notice import-confirm" role="alert" tabIndex={-1}>
          <p>
            “{imported.fileName}”读取成功：{imported.data.rows.length} 行。导入会<strong>替换</strong>
            当前草稿。
          </p>
          <button type="button" class="primary" onClick={confirmImport}>
            确认导入
          </button>
          <button type="button" onClick={() => setImported({ state: 'idle' })}>
            取消
          </button>
        </div>
      )}
      <ErrorSummary
        title={exportErrors ? '下载前请先改正以下问题' : '以下内容需要改正'}
        errors={errors}
        focusKey={focusKey}
        reveal={reveal}
      />

      <h2 class="annex-title">{title}</h2>
      <div class="annex-fields above">
        {fieldInput('title')}
        {fieldInput('above')}
      </div>

      <div class="annex-body">{wide ? <TableView {...viewProps} /> : <CardView {...viewProps} />}</div>

      <Pager total={data.rows.length} page={shown.page} onPage={setPage} />
      {addLabel && (
        <button
          type="button"
          class="add-row"
          onClick={() => {
            update(addRow(layout, data));
            setPage(pageOfRow(data.rows.length));
          }}
        >
          {addLabel}
        </button>
      )}
      {layout.notesBeforeFields && layout.notes.map((n) => <p class="annex-note">{n}</p>)}
      <div class="annex-fields below">{fieldInput('below')}</div>
      {!layout.notesBeforeFields && layout.notes.map((n) => <p class="annex-note">{n}</p>)}

      <p class="save-note" aria-live="polite">
        {saveNote}
      </p>
      {busy && (
        <p class="busy" role="status">
          {busy}
        </p>
      )}
      {notice && (
        <p class="action-notice" role="status">
          {notice}
        </p>
      )}

      <div class="annex-actions">
        <button type="button" class="primary" onClick={() => exportXlsx()}>
          下载 Excel
        </button>
        <button type="button" onClick={exportCsv}>
          下载 CSV
        </button>
        <button type="button" onClick={copyTsv}>
          复制为表格文本
        </button>
        <label class="button-like">
          导入 Excel 或 CSV
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            class="visually-hidden"
            onChange={(e) => {
              const f = (e.currentTarget as HTMLInputElement).files?.[0];
              if (f) void onFile(f);
            }}
          />
        </label>
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => clearDialog.current?.showModal()}
          disabled={isEmptyAnnex(data) && !paused}
        >
          清空
        </button>
      </div>
      {tsv && (
        <textarea class="tsv-fallback" readOnly value={tsv} aria-label="表格文本（全选后复制）" rows={6} />
      )}

      <dialog ref={clearDialog} class="clear-dialog" aria-labelledby="clear-title">
        <h2 id="clear-title">清空这份表格？</h2>
        <p>清空后，本浏览器中保存的草稿会被删除，无法恢复。建议先下载 Excel 备份。</p>
        <div class="annex-actions">
          <button type="button" onClick={() => exportXlsx({ backup: true })}>
            先下载 Excel 备份
          </button>
          <button type="button" class="danger" onClick={clearAll}>
            清空
          </button>
          <button type="button" onClick={() => clearDialog.current?.close()}>
            取消
          </button>
        </div>
      </dialog>

      <div class="annex-print-host" ref={printHost} />
    </div>
  );
}
