import { useMemo } from 'preact/hooks';
import type { AnnexLayout } from '../../../schemas/annex-layout';
import { browserStorage } from '../../../lib/browser/storage';
import { formDraftStore } from '../../../lib/table/annex-draft-spec';
import { emptyAnnex } from '../../../lib/table/data';
import { useAutosavedDraft } from '../../common/useAutosavedDraft';

/** How long typing must pause before the draft is written (ms). */
export const SAVE_DELAY = 400;

/** The form's data and its draft (see useAutosavedDraft), plus 清空 that starts an empty form. */
export function useDraft(layout: AnnexLayout) {
  const store = useMemo(() => formDraftStore(browserStorage(), layout.id), [layout.id]);
  const draft = useAutosavedDraft({
    store,
    empty: () => emptyAnnex(layout),
    restoredNote: (savedAt) =>
      savedAt
        ? `已恢复上次的草稿（保存于 ${new Date(savedAt).toLocaleString('zh-CN')}）`
        : '已恢复上次的草稿',
    unreadableAdvice: '点“清空”可开始新的草稿。',
    // A long table's draft is a megabyte of JSON: written once typing pauses, not on every keystroke
    // (and at once when the page is left or hidden).
    saveDelay: SAVE_DELAY,
  });

  /** Deletes the draft and starts an empty form. */
  const clear = () => {
    draft.clearDraft();
    draft.setData(emptyAnnex(layout));
  };

  return { ...draft, clear };
}
