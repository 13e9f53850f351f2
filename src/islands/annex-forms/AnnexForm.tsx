import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnnexLayout } from '../../schemas/annex-layout';
import {
  addRow,
  addRowLabel,
  canRemoveRow,
  rowName,
  isEmptyAnnex,
  removeRow,
  setCell,
  setField,
  type AnnexData,
} from '../../lib/table/data';
import { datePlaceholder, todayInChina } from '../../lib/common/dates';
import { checksSentence, hintsByTarget, monthHints } from '../../lib/table/hints';
import { annexTitle } from '../../lib/table/layout';
import { withMonth } from '../../lib/annex-forms/month-cards';
import { pageOfRow, pageSlice } from '../../lib/table/paging';
import { type AnnexCheck, checkAnnex, errorsByTarget, validateAnnex } from '../../lib/table/validate-annex';
import { Actions } from './Actions';
import { CardView } from './CardView';
import { ClearDialog } from './ClearDialog';
import { ErrorSummary } from '../common/ErrorSummary';
import type { ExportExtras } from './extras';
import { FieldInputs } from './FieldInputs';
import { useDraft } from './hooks/useDraft';
import { useExport } from './hooks/useExport';
import { useImport } from './hooks/useImport';
import { usePrintTable } from './hooks/usePrintTable';
import { useScreen } from './hooks/useScreen';
import { ServerHtml } from '../common/ServerHtml';
import { useHydrated } from '../common/useHydrated';
import { ImportPanel } from './ImportPanel';
import { MonthTotalReading } from './MonthTotalReading';
import { Notices } from './Notices';
import { TaskStatus } from '../common/TaskStatus';
import { CopyFallback } from '../common/CopyAsText';
import { Pager } from './Pager';
import { TableView } from './TableView';

export interface AnnexFormProps {
  layout: AnnexLayout;
  /** Sheets the .xlsx carries besides the official one (附件3: 分级依据). */
  extras?: ExportExtras;
}

/**
 * The form for one layout: fill, autosave, validate, export/import, print. It only wires the hooks
 * (draft, import, export, print, screen) and the small components; logic lives in src/lib/table.
 */
export default function AnnexForm({ layout, extras }: AnnexFormProps) {
  const draft = useDraft(layout);
  const { data, setData } = draft;
  const { wide, wechat } = useScreen();
  // Hydration is kept short (one long task blocks a phone): on a phone the server's table becomes cards
  // in the next task, and the hidden print table keeps the server's HTML until there is more to print.
  const hydrated = useHydrated();
  const printTable = usePrintTable(layout, data);
  const clearDialog = useRef<HTMLDialogElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Said aloud (aria-live) and shown: a row added, the last row reached.
  const [rowNotice, setRowNotice] = useState('');
  // The row whose first input takes focus after the next render (a month or a row just added).
  const focusRow = useRef<string | null>(null);
  // The date hint shows today (set in the browser, so the built page never shows an old date).
  const [today, setToday] = useState('');
  useEffect(() => setToday(todayInChina()), []);
  const dateHint = today ? datePlaceholder(today) : '年-月-日';
  const [exportErrors, setExportErrors] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [page, setPage] = useState(0);
  const focus = () => setFocusKey((k) => k + 1);

  // A keystroke checks only the row it changed (and the 已整改 running totals after it): checkAnnex is given
  // the previous check. `errors` stays the same array while no problem changes.
  const lastCheck = useRef<AnnexCheck | null>(null);
  const errors = useMemo(() => {
    lastCheck.current = checkAnnex(layout, data, { forExport: exportErrors }, lastCheck.current);
    return lastCheck.current.errors;
  }, [layout, data, exportErrors]);
  const errorMap = useMemo(() => errorsByTarget(errors), [errors]);
  const hintMap = useMemo(() => hintsByTarget(monthHints(layout, data), errorMap), [layout, data, errorMap]);
  useEffect(() => {
    const rowId = focusRow.current;
    if (!rowId) return;
    focusRow.current = null;
    const first = document.querySelector<HTMLElement>(`.annex-body [id^="cell-${rowId}-"]`);
    if (!first) return;
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center' });
  });
  const shown = pageSlice(data.rows.length, page);
  const reveal = (target: string) => {
    const rowId = errors.find((e) => e.target === target)?.rowId;
    const index = data.rows.findIndex((r) => r.id === rowId);
    if (index >= 0) setPage(pageOfRow(index));
  };
  useEffect(() => {
    const base = document.title.replace(/^错误：/, '');
    document.title = exportErrors && errors.length ? `错误：${base}` : base;
  }, [exportErrors, errors.length]);

  const { imported, setImported, fileInput, onFile } = useImport(layout, {
    busy: (text) => output.setBusy(text),
    focus,
  });
  /** Checks the form for export; on problems shows the summary and returns false. */
  const readyToExport = () => {
    setExportErrors(true);
    setImported({ state: 'idle' });
    if (validateAnnex(layout, data, { forExport: true }).length) {
      focus();
      return false;
    }
    return true;
  };
  const output = useExport(layout, data, readyToExport, extras);

  const update = (next: AnnexData) => setData(next);
  // Edits go through the state's updater, so these callbacks stay the same from render to render and the
  // rows that did not change are not redrawn (TableView, CardView).
  const onCell = useCallback(
    (rowId: string, key: string, value: string) => setData((d) => setCell(d, rowId, key, value)),
    [],
  );
  const onRemove = useCallback((rowId: string) => setData((d) => removeRow(layout, d, rowId)), [layout]);
  const onField = useCallback((key: string, value: string) => setData((d) => setField(d, key, value)), []);
  const addLabel = addRowLabel(layout, data);
  /** Shows a row (added or picked), focuses its first input and says so. */
  const goToRow = (next: AnnexData, rowId: string, added: boolean) => {
    const index = next.rows.findIndex((r) => r.id === rowId);
    if (index < 0) return;
    if (next !== data) update(next);
    setPage(pageOfRow(index));
    focusRow.current = rowId;
    const name = rowName(layout, next, index);
    // Picking 8月 after 5月 adds 6月 and 7月 too: say so.
    const from = index > data.rows.length ? `${rowName(layout, next, data.rows.length)}至` : '';
    setRowNotice(added ? `已添加${from}${name}，光标在${name}的第一格。` : `已跳到${name}。`);
  };
  const onAdd = () => {
    const next = addRow(layout, data);
    if (next !== data) goToRow(next, next.rows.at(-1)!.id, true);
  };
  const onMonth = (month: string) => {
    const { data: next, rowId } = withMonth(layout, data, month);
    if (rowId) goToRow(next, rowId, next !== data);
  };
  const offerRow = () => {
    if (!addButton.current) return;
    addButton.current.focus();
    setRowNotice(`已到最后一行。按 Enter 键“${addLabel}”，或按 Tab 键继续。`);
  };
  /**
   * After the 清空 dialog closes, focus goes back to the form, not to the page's start: to 清空 after 取消 or
   * Esc, to the form's title after clearing (清空 is then disabled). Decided by what was done, not by the
   * button's `disabled`, which the re-render after clearing may not have set yet when the dialog's close fires.
   */
  const cleared = useRef(false);
  const afterDialog = () => {
    const back = clearButton.current;
    if (!cleared.current && back && !back.disabled) back.focus();
    else titleRef.current?.focus();
    cleared.current = false;
  };
  const confirmImport = () => {
    if (imported.state !== 'ready') return;
    setData(imported.data);
    setPage(0);
    setImported({ state: 'idle' });
    output.setNotice(`已导入“${imported.fileName}”。`);
  };
  const clearAll = () => {
    cleared.current = true;
    draft.clear();
    setExportErrors(false);
    setPage(0);
    setRowNotice('');
    clearDialog.current?.close();
    output.setNotice('已清空。');
  };
  const fields = (position: 'above' | 'below' | 'title') => (
    <FieldInputs
      layout={layout}
      position={position}
      values={data.fields}
      errors={errorMap}
      dateHint={dateHint}
      onField={onField}
    />
  );
  const viewProps = {
    layout,
    data,
    errors: errorMap,
    hints: hintMap,
    dateHint,
    start: shown.start,
    end: shown.end,
    onCell,
    onRemove,
    canRemove: (rowId: string) => canRemoveRow(layout, data, rowId),
  };
  const checks = checksSentence(layout);
  const notes = layout.notes.map((n) => <p class="annex-note">{n}</p>);

  return (
    <div
      class="annex-form not-content"
      data-annex={layout.id}
      data-ready={draft.loaded && hydrated ? 'true' : undefined}
    >
      <Notices
        wechat={wechat}
        draft={draft}
        onTheirs={() => draft.useTheirs() && output.setNotice('已载入另一个标签页保存的版本。')}
        onXlsx={() => output.exportXlsx({ backup: true })}
        onCopy={output.copyTsv}
      />
      <ImportPanel
        imported={imported}
        focusKey={focusKey}
        onConfirm={confirmImport}
        onCancel={() => setImported({ state: 'idle' })}
      />
      <ErrorSummary
        id="form-error-summary"
        title={exportErrors ? '下载前请先改正以下问题' : '以下内容需要改正'}
        errors={errors}
        // Focus goes to a failed import's summary when both show.
        focusKey={imported.state === 'failed' ? undefined : focusKey}
        reveal={reveal}
      />

      <h2 class="annex-title" tabIndex={-1} ref={titleRef}>
        {annexTitle(layout, data.fields)}
      </h2>
      <div class="annex-fields above">
        {fields('title')}
        {fields('above')}
      </div>

      {checks && <p class="annex-checks">{checks}</p>}
      <ServerHtml class="annex-body" keep={!wide && !hydrated}>
        {wide ? (
          <TableView {...viewProps} onLastRowEnter={offerRow} />
        ) : (
          <CardView {...viewProps} onMonth={onMonth} />
        )}
      </ServerHtml>

      <Pager total={data.rows.length} page={shown.page} onPage={setPage} />
      {addLabel && (
        <button type="button" class="add-row" ref={addButton} onClick={onAdd}>
          {addLabel}
        </button>
      )}
      <p class="row-notice" aria-live="polite">
        {rowNotice}
      </p>
      <MonthTotalReading layout={layout} />
      {layout.notesBeforeFields && notes}
      <div class="annex-fields below">{fields('below')}</div>
      {!layout.notesBeforeFields && notes}

      <p class="save-note" aria-live="polite">
        {draft.saveNote}
      </p>
      <TaskStatus busy={output.busy} notice={output.notice} noticeClass="action-notice" />

      <Actions
        fileInput={fileInput}
        onXlsx={() => output.exportXlsx()}
        busy={output.busy !== ''}
        onCsv={output.exportCsv}
        onCopy={output.copyTsv}
        onFile={(f) => void onFile(f)}
        onClear={() => clearDialog.current?.showModal()}
        clearButton={clearButton}
        clearDisabled={isEmptyAnnex(data) && !draft.paused}
      />
      <CopyFallback text={output.tsv} label="表格文本（全选后复制）" />

      <ClearDialog
        dialog={clearDialog}
        onBackup={() => output.exportXlsx({ backup: true })}
        onClear={clearAll}
        onClosed={afterDialog}
      />

      <ServerHtml class="annex-print-host" keep={printTable.keep}>
        {printTable.table}
      </ServerHtml>
    </div>
  );
}
