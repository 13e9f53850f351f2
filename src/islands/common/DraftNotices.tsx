/**
 * What a page with a draft must say before anything else: storage that is blocked, full or unreadable, and
 * a second tab that saved the same draft (with the two ways out). Every island on useAutosavedDraft shows it.
 * With `onDiscardUnreadable`, a draft that cannot be read (autosave paused, `paused`) gets a button that
 * deletes it — the user's choice, never done for them — so what is typed on the page is saved again.
 */
/** The button that deletes a stored draft the page cannot read. */
export const UNREADABLE_DISCARD = '删除无法读取的草稿，保存本页内容';

export function DraftNotices({
  storageProblem,
  conflict,
  what = '这份草稿',
  onTheirs,
  onMine,
  paused = false,
  onDiscardUnreadable,
}: {
  storageProblem: string;
  conflict: { savedAt: string } | null;
  /** What was changed in the other tab, as the sentence names it (这份草稿, 自查…). */
  what?: string;
  onTheirs: () => void;
  onMine: () => void;
  /** Autosave paused because the stored draft cannot be read (useAutosavedDraft's `paused`). */
  paused?: boolean;
  /** Deletes the unreadable draft and saves the page's content again (the island's own wording of it). */
  onDiscardUnreadable?: () => void;
}) {
  return (
    <>
      {storageProblem && (
        <div class="notice storage-notice" role="status">
          {storageProblem}
          {paused && onDiscardUnreadable && (
            <p>
              <button type="button" onClick={onDiscardUnreadable}>
                {UNREADABLE_DISCARD}
              </button>
            </p>
          )}
        </div>
      )}
      {conflict && (
        <div class="notice conflict-notice" role="alert">
          <p>
            {what}在另一个标签页中被修改了（{new Date(conflict.savedAt).toLocaleString('zh-CN')}
            ）。为免互相覆盖，本页已暂停自动保存。
          </p>
          <button type="button" onClick={onTheirs}>
            使用另一个标签页的版本
          </button>
          <button type="button" onClick={onMine}>
            保留本页内容并覆盖
          </button>
        </div>
      )}
    </>
  );
}
