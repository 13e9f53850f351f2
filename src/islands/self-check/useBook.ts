import { useMemo } from 'preact/hooks';
import { browserStorage } from '../../lib/browser/storage';
import { DraftStore } from '../../lib/table/draft';
import { selfCheckDraftSpec, type SelfCheckBook } from '../../lib/self-check/record';
import { useAutosavedDraft } from '../common/useAutosavedDraft';

/** Every self-check of this browser, kept as one draft (see useAutosavedDraft); `book` is null until restored. */
export function useBook() {
  const store = useMemo(() => new DraftStore(browserStorage(), selfCheckDraftSpec), []);
  const draft = useAutosavedDraft<SelfCheckBook>({
    store,
    empty: () => ({ current: '', checks: [] }),
    restoredNote: () => '已恢复本浏览器中保存的自查',
    unreadableAdvice: '导出后可点“删除”重新开始，或用新版本网站打开。',
  });
  const { data, loaded, setData, saveNote } = draft;
  return { book: loaded ? data : null, setBook: setData, saveNote, draft };
}
