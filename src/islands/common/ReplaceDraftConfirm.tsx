import { useState } from 'preact/hooks';
import { browserStorage } from '../../lib/browser/storage';
import { preparedFormDraftStore } from '../../lib/table/annex-draft-spec';
import type { AnnexData } from '../../lib/table/data';
import { handOverToForm } from '../../lib/table/intake';

/**
 * “在表单中打开” for a result that fills an annex form (汇总, 由台账汇总附件4): writes the form's draft and opens
 * the form; a draft that already holds something is replaced only once the user says so (`asking`, then
 * ReplaceDraftConfirm's 替换并打开 calls `open(true)`). A draft that cannot be written is said in `notice`.
 */
export function useOpenInForm({
  annexId,
  label,
  draftFor,
  notice,
}: {
  annexId: string;
  /** 附件4, 附件1… as the messages name it */
  label: string;
  draftFor: (existing: AnnexData | null) => AnnexData;
  notice: (message: string) => void;
}) {
  const [asking, setAsking] = useState(false);
  const open = async (replace = false) => {
    const store = await preparedFormDraftStore(browserStorage(), annexId);
    const outcome = handOverToForm(store, label, draftFor, replace);
    if (outcome.status === 'confirm') return setAsking(true);
    if (outcome.status === 'problem') return notice(outcome.message);
    window.location.assign(`/annexes/${annexId}/`);
  };
  return { open, asking, cancel: () => setAsking(false) };
}

/**
 * "在表单中打开" when the annex form already holds something (useOpenInForm's `asking`): the question,
 * 替换并打开 and 取消. Draws nothing otherwise.
 */
export function ReplaceDraftConfirm({
  form,
  label,
  question,
}: {
  form: ReturnType<typeof useOpenInForm>;
  /** e.g. 附件4 (names the dialog: 替换附件4草稿). */
  label: string;
  question: string;
}) {
  if (!form.asking) return null;
  return (
    <div class="notice" role="alertdialog" aria-label={`替换${label}草稿`}>
      <p>{question}</p>
      <button type="button" class="primary" onClick={() => void form.open(true)}>
        替换并打开
      </button>{' '}
      <button type="button" onClick={form.cancel}>
        取消
      </button>
    </div>
  );
}
