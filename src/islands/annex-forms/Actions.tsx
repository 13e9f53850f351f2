import type { Ref } from 'preact';

/** The buttons under the form: download, copy, import, print, 清空. */
export function Actions({
  fileInput,
  onXlsx,
  onCsv,
  onCopy,
  onFile,
  onClear,
  clearDisabled,
  clearButton,
  busy = false,
}: {
  fileInput: Ref<HTMLInputElement>;
  onXlsx: () => void;
  onCsv: () => void;
  onCopy: () => void;
  onFile: (file: File) => void;
  onClear: () => void;
  clearDisabled: boolean;
  /** focus comes back here when the 清空 dialog closes */
  clearButton: Ref<HTMLButtonElement>;
  /** a download or import is running: the download buttons wait for it (and always come back) */
  busy?: boolean;
}) {
  return (
    <div class="annex-actions">
      <button type="button" class="primary" onClick={onXlsx} disabled={busy}>
        下载 Excel
      </button>
      <button type="button" onClick={onCsv} disabled={busy}>
        下载 CSV
      </button>
      <button type="button" onClick={onCopy}>
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
            if (f) onFile(f);
          }}
        />
      </label>
      <button type="button" onClick={() => window.print()}>
        打印
      </button>
      <button type="button" class="danger" ref={clearButton} onClick={onClear} disabled={clearDisabled}>
        清空
      </button>
    </div>
  );
}
