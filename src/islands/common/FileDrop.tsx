import type { ComponentChildren } from 'preact';

/** What the file drops accept: Excel and CSV (and, where said, JSON). */
export const SPREADSHEET_ACCEPT =
  '.xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv';

/**
 * The one place to choose or drop files (汇总, 由台账汇总附件4, imports): a label around a file input that also
 * takes a drop; the chosen files go to `onFiles`, and the input is emptied so the same file can be chosen again.
 */
export function FileDrop({
  class: className,
  accept,
  disabled = false,
  onFiles,
  children,
}: {
  class: string;
  accept: string;
  disabled?: boolean;
  onFiles: (files: FileList | null) => void | Promise<void>;
  children: ComponentChildren;
}) {
  return (
    <label
      class={className}
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
