import { useMemo } from 'preact/hooks';
import type { AnnexLayout } from '../../../schemas/annex-layout';
import { browserStorage } from '../../../lib/browser/storage';
import { formDraftStore } from '../../../lib/forms/annex-draft-spec';
import { emptyAnnex } from '../../../lib/forms/data';
import { useAutosavedDraft } from '../../common/useAutosavedDraft';

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
  });

  /** Deletes the draft and starts an empty form. */
  const clear = () => {
    draft.clearDraft();
    draft.setData(emptyAnnex(layout));
  };

  return { ...draft, clear };
}
