import type { Ref } from 'preact';

/** 清空 asks first and offers a backup download; a modal dialog in the middle of the screen. */
export function ClearDialog({
  dialog,
  onBackup,
  onClear,
  onClosed,
}: {
  dialog: Ref<HTMLDialogElement>;
  onBackup: () => void;
  onClear: () => void;
  /** after the dialog closed, however (取消, 清空, Esc) */
  onClosed: () => void;
}) {
  const close = () => (dialog as { current: HTMLDialogElement | null }).current?.close();
  return (
    <dialog ref={dialog} class="clear-dialog" aria-labelledby="clear-title" onClose={onClosed}>
      <h2 id="clear-title">清空这份表格？</h2>
      <p>清空后，本浏览器中保存的草稿会被删除，无法恢复。建议先下载 Excel 备份。</p>
      <div class="annex-actions">
        <button type="button" onClick={onBackup}>
          先下载 Excel 备份
        </button>
        <button type="button" class="danger" onClick={onClear}>
          清空
        </button>
        <button type="button" onClick={close}>
          取消
        </button>
      </div>
    </dialog>
  );
}
