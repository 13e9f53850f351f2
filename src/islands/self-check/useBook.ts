import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browserStorage } from '../../lib/browser/storage';
import { DraftStore, type DraftEnvelope } from '../../lib/forms/draft';
import { selfCheckDraftSpec, type SelfCheckBook } from '../../lib/self-check/record';

const timeOf = (iso: string) =>
  iso ? new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' }) : '';

/**
 * Every self-check of this browser, through the table layer's DraftStore: restored once, saved after
 * every change, a second tab's save noticed, storage that is blocked, full or unreadable reported.
 */
export function useBook() {
  const store = useMemo(() => new DraftStore(browserStorage(), selfCheckDraftSpec), []);
  const [book, setBook] = useState<SelfCheckBook | null>(null);
  const [saveNote, setSaveNote] = useState('');
  const [storageProblem, setStorageProblem] = useState('');
  const [conflict, setConflict] = useState<DraftEnvelope<SelfCheckBook> | null>(null);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    const result = store.load();
    if (result.status === 'loaded') {
      setBook(result.data);
      setSaveNote('已恢复本浏览器中保存的自查');
    } else {
      if (result.status === 'unavailable') setStorageProblem(result.message);
      else if (result.status === 'unreadable') {
        setStorageProblem(
          `${result.message}。为免覆盖，自动保存已暂停；导出后可点“删除”重新开始，或用新版本网站打开。`,
        );
        setPaused(true);
      }
      setBook({ current: '', checks: [] });
    }
    const onStorage = (e: StorageEvent) => {
      if (e.key !== store.key) return;
      const theirs = store.changedElsewhere();
      if (theirs) setConflict(theirs);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  const first = useRef(true);
  useEffect(() => {
    if (!book) return;
    if (first.current) {
      first.current = false;
      return;
    }
    if (paused || conflict) return;
    const result = store.save(book);
    if (result.status === 'saved') {
      setSaveNote(`已自动保存（${timeOf(result.savedAt)}），只保存在本浏览器中`);
      setStorageProblem('');
    } else if (result.status === 'conflict') setConflict(result.theirs);
    else {
      setStorageProblem(result.message);
      if (result.status === 'unreadable') setPaused(true);
    }
  }, [book]);

  const useTheirs = () => {
    if (!conflict) return;
    setBook(store.adopt(conflict));
    setConflict(null);
  };
  const keepMine = () => {
    if (!book) return;
    const result = store.save(book, { force: true });
    setConflict(null);
    setPaused(false);
    if (result.status === 'saved') setSaveNote(`已用本页内容覆盖保存（${timeOf(result.savedAt)}）`);
  };
  return { book, setBook, saveNote, storageProblem, conflict, useTheirs, keepMine };
}
