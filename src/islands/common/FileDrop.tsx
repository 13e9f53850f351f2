import type { ComponentChildren } from 'preact';

/** What the file drops accept: Excel and CSV (and, where said, JSON). */
export const SPREADSHEET_ACCEPT =
  '.xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv';

/**
 * The one place to choose or drop files (汇总, 由台账汇总附件4): a label around a file input that also takes a
 * drop; the chosen files go to `onFiles`, and the input is emptied so the same file can be chosen again.
 * Under it, useFileIntake's progress (`.file-drop-progress`, read aloud) and, while no file is in, its notice.
 */
export function FileDrop({
  accept,
  disabled = false,
  onFiles,
  progress,
  notice,
  children,
}: {
  accept: string;
  disabled?: boolean;
  onFiles: (files: FileList | null) => void | Promise<void>;
  /** “已读 n / N …” while reading, what was read after */
  progress: string;
  /** A message about the last batch, shown while no file is in (the list says the rest). */
  notice: string;
  children: ComponentChildren;
}) {
  return (
    <>
      <FileDropZone accept={accept} disabled={disabled} onFiles={onFiles}>
        {children}
      </FileDropZone>
      <p role="status" class="file-drop-progress">
        {progress}
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}

function FileDropZone({
  accept,
  disabled,
  onFiles,
  children,
}: {
  accept: string;
  disabled: boolean;
  onFiles: (files: FileList | null) => void | Promise<void>;
  children: ComponentChildren;
}) {
  return (
    <label
      class="file-drop"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void onFiles(e.dataTransfer?.files ?? null);
      }}
    >
      {children}
      <input
        type="file"
        multiple
        disabled={disabled}
        accept={accept}
        onChange={async (e) => {
          const input = e.currentTarget;
          await onFiles(input.files);
          input.value = '';
        }}
      />
    </label>
  );
}
