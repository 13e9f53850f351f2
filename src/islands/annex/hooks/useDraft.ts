import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnnexLayout } from '../../../schemas/annex-layout';
import { browserStorage } from '../../../lib/browser/storage';
import { annexDraftStore } from '../../../lib/forms/annex-draft';
import { type AnnexData, emptyAnnex } from '../../../lib/forms/data';
import type { DraftEnvelope } from '../../../lib/forms/draft';

const timeOf = (iso: string) =>
  iso ? new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' }) : '';

/**
 * The form's data and its draft: restored once on load, saved after every change, a second tab's
 * save noticed (conflict), storage that is blocked, full or unreadable reported.
 */
export function useDraft(layout: AnnexLayout) {
  const store = useMemo(() => annexDraftStore(browserStorage(), layout.id), [layout.id]);
  const [data, setData] = useState<AnnexData>(() => emptyAnnex(layout));
  const [loaded, setLoaded] = useState(false);
  const [saveNote, setSaveNote] = useState('');
  const [storageProblem, setStorageProblem] = useState('');
  const [conflict, setConflict] = useState<DraftEnvelope<AnnexData> | null>(null);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    const result = store.load();
    if (result.status === 'loaded') {
      setData(result.data);
      setSaveNote(
        result.savedAt
          ? `已恢复上次的草稿（保存于 ${new Date(result.savedAt).toLocaleString('zh-CN')}）`
          : '已恢复上次的草稿',
      );
    } else if (result.status === 'unavailable') {
      setStorageProblem(result.message);
    } else if (result.status === 'unreadable') {
      setStorageProblem(`${result.message}。为免覆盖，自动保存已暂停；点“清空”可开始新的草稿。`);
      setPaused(true);
    }
    setLoaded(true);
    const onStorage = (e: StorageEvent) => {
      if (e.key !== store.key) return;
      const theirs = store.changedElsewhere();
      if (theirs) setConflict(theirs);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  // Autosave every change (after the draft has been restored).
  const firstSave = useRef(true);
  useEffect(() => {
    if (!loaded) return;
    if (firstSave.current) {
      firstSave.current = false;
      return;
    }
    if (paused || conflict) return;
    const result = store.save(data);
    if (result.status === 'saved') {
      setSaveNote(`已自动保存（${timeOf(result.savedAt)}），只保存在本浏览器中`);
      setStorageProblem('');
    } else if (result.status === 'conflict') setConflict(result.theirs);
    else {
      setStorageProblem(result.message);
      if (result.status === 'unreadable') setPaused(true);
    }
  }, [data, loaded]);

  /** Deletes the draft and starts an empty form. */
  const clear = () => {
    store.clear();
    setPaused(false);
    setStorageProblem('');
    setData(emptyAnnex(layout));
  };
  /** The other tab's version becomes this tab's. */
  const useTheirs = () => {
    if (!conflict) return false;
    setData(store.adopt(conflict));
    setConflict(null);
    return true;
  };
  /** This tab's version overwrites the other's. */
  const keepMine = () => {
    const result = store.save(data, { force: true });
    setConflict(null);
    if (result.status === 'saved') setSaveNote(`已用本页内容覆盖保存（${timeOf(result.savedAt)}）`);
  };

  return { data, setData, loaded, saveNote, storageProblem, conflict, paused, clear, useTheirs, keepMine };
}
