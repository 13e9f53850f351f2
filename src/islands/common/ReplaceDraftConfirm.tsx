/**
 * "在表单中打开" when the annex form already holds something: the question, 替换并打开 and 取消.
 * Used by the 汇总 pages (附件1/2/5 and 附件4).
 */
export function ReplaceDraftConfirm({
  label,
  question,
  onReplace,
  onCancel,
}: {
  /** e.g. 附件4 (names the dialog: 替换附件4草稿). */
  label: string;
  question: string;
  onReplace: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="notice" role="alertdialog" aria-label={`替换${label}草稿`}>
      <p>{question}</p>
      <button type="button" class="primary" onClick={onReplace}>
        替换并打开
      </button>{' '}
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}
