import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftEnvelope, DraftStore } from '../../lib/table/draft';

const timeOf = (iso: string) =>
  iso ? new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' }) : '';

export interface AutosaveOptions<T> {
  /** The table layer's store for this draft (created once by the caller, e.g. with useMemo). */
  store: DraftStore<T>;
  /** What the page holds before a draft is restored, and when there is none. */
  empty: () => T;
  /** The note shown after a draft was restored. */
  restoredNote: (savedAt: string) => string;
  /** Said after an unreadable draft's message, once autosave has paused (what the reader can do). */
  unreadableAdvice: string;
  /**
   * Save once changes pause for this many ms (and at least every MAX_WAIT ms of steady typing) instead
   * of after every change: for drafts that take long to write (a 5,000-row table is a megabyte of JSON).
   * Whatever is not saved yet is saved at once when the page is left or hidden (pagehide,
   * visibilitychange), so a reload right after typing keeps the last keystrokes.
   */
  saveDelay?: number;
}

/** With `saveDelay`, steady typing still saves at least this often. */
const MAX_WAIT = 3000;

/**
 * One draft kept in this browser: restored once on load, saved after every later change, a second
 * tab's save noticed (conflict, with useTheirs / keepMine), storage that is blocked, full or unreadable
 * reported — and after an unreadable draft, autosave pauses so nothing is overwritten.
 * Used by every island that keeps a draft (the annex forms, 企业自查).
 */
export function useAutosavedDraft<T>({
  store,
  empty,
  restoredNote,
  unreadableAdvice,
  saveDelay = 0,
}: AutosaveOptions<T>) {
  const [data, setData] = useState<T>(empty);
  const [loaded, setLoaded] = useState(false);
  const [saveNote, setSaveNote] = useState('');
  const [storageProblem, setStorageProblem] = useState('');
  const [conflict, setConflict] = useState<DraftEnvelope<T> | null>(null);
  const [paused, setPaused] = useState(false);

  /**
   * Runs `then` now if the store can read its draft, else once its schema has loaded (an annex form's
   * store loads zod only when a draft is stored: see DraftStore.prepare). Saves keep their order.
   */
  const whenReady = (then: () => void) => {
    if (store.ready) return then();
    store
      .prepare()
      .then(then, () =>
        setStorageProblem(
          '草稿功能没有加载完整（可能是网络中断），本次修改没有保存。请刷新页面后再试，或先下载 Excel 备份。',
        ),
      );
  };

  useEffect(() => {
    let gone = false;
    const restore = () => {
      if (gone) return;
      const result = store.load();
      if (result.status === 'loaded') {
        setData(result.data);
        setSaveNote(restoredNote(result.savedAt));
      } else if (result.status === 'unavailable') {
        setStorageProblem(result.message);
      } else if (result.status === 'unreadable') {
        setStorageProblem(`${result.message}。为免覆盖，自动保存已暂停；${unreadableAdvice}`);
        setPaused(true);
      }
      setLoaded(true);
    };
    whenReady(restore);
    const onStorage = (e: StorageEvent) => {
      if (e.key !== store.key) return;
      whenReady(() => {
        const theirs = store.changedElsewhere();
        if (theirs && !gone) setConflict(theirs);
      });
    };
    window.addEventListener('storage', onStorage);
    return () => {
      gone = true;
      window.removeEventListener('storage', onStorage);
    };
  }, [store]);

  // Autosave every change after the draft has been restored (not the restore itself).
  // `latest` is the data of the last render, set while rendering: a page left before the effects of a
  // keystroke have run (they run after the next paint) still saves that keystroke. `saved` is what the
  // store holds (or what was restored): nothing to do while the two are the same.
  const latest = useRef<T>(data);
  latest.current = data;
  const saved = useRef<{ data: T } | null>(null);
  const live = useRef({ paused, conflict });
  live.current = { paused, conflict };
  const timers = useRef<{ idle?: ReturnType<typeof setTimeout>; max?: ReturnType<typeof setTimeout> }>({});
  const cancelSave = () => {
    clearTimeout(timers.current.idle);
    clearTimeout(timers.current.max);
    timers.current = {};
  };
  const save = (value: T) => {
    cancelSave();
    saved.current = { data: value };
    whenReady(() => {
      const result = store.save(value);
      if (result.status === 'saved') {
        setSaveNote(`已自动保存（${timeOf(result.savedAt)}），只保存在本浏览器中`);
        setStorageProblem('');
      } else if (result.status === 'conflict') setConflict(result.theirs);
      else {
        setStorageProblem(result.message);
        if (result.status === 'unreadable') setPaused(true);
      }
    });
  };
  /** Saves what the page shows now, if it is not saved yet and autosave is on. */
  const flush = () => {
    cancelSave();
    if (!saved.current || saved.current.data === latest.current) return;
    if (live.current.paused || live.current.conflict) return;
    save(latest.current);
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  useEffect(() => {
    if (!loaded) return;
    if (!saved.current) {
      saved.current = { data };
      return;
    }
    if (paused || conflict || saved.current.data === data) return;
    if (!saveDelay) return save(data);
    clearTimeout(timers.current.idle);
    timers.current.idle = setTimeout(() => flushRef.current(), saveDelay);
    timers.current.max ??= setTimeout(() => flushRef.current(), MAX_WAIT);
  }, [data, loaded]);

  useEffect(() => {
    const leave = () => flushRef.current();
    const hidden = () => document.visibilityState === 'hidden' && flushRef.current();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
      flushRef.current();
    };
  }, []);

  /** Deletes the stored draft and resumes autosave (the caller sets what the page shows next). */
  const clearDraft = () => {
    cancelSave();
    store.clear();
    setPaused(false);
    setStorageProblem('');
  };
  /**
   * Deletes a stored draft that cannot be read and saves what the page shows in its place: the user's
   * choice (DraftNotices' button), never done for them.
   */
  const discardUnreadable = () => {
    clearDraft();
    save(latest.current);
  };
  /** The other tab's version becomes this tab's. */
  const useTheirs = () => {
    if (!conflict) return false;
    cancelSave();
    setData(store.adopt(conflict));
    setConflict(null);
    return true;
  };
  /** This tab's version overwrites the other's. */
  const keepMine = () => {
    cancelSave();
    saved.current = { data };
    const result = store.save(data, { force: true });
    setConflict(null);
    if (result.status === 'saved') {
      setPaused(false);
      setSaveNote(`已用本页内容覆盖保存（${timeOf(result.savedAt)}）`);
    }
  };

  return {
    data,
    setData,
    loaded,
    saveNote,
    storageProblem,
    conflict,
    paused,
    clearDraft,
    discardUnreadable,
    useTheirs,
    keepMine,
  };
}

/** What useAutosavedDraft gives an island. */
export type AutosavedDraft<T> = ReturnType<typeof useAutosavedDraft<T>>;
