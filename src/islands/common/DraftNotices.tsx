/**
 * What a page with a draft must say before anything else: storage that is blocked, full or unreadable, and
 * a second tab that saved the same draft (with the two ways out). Every island on useAutosavedDraft shows it,
 * given the draft itself. With `discard`, a draft that cannot be read (autosave paused) gets a button that
 * deletes it — the user's choice, never done for them — so what is on the page is saved again.
 */
/** The button that deletes a stored draft the page cannot read. */
export const UNREADABLE_DISCARD = '删除无法读取的草稿，保存本页内容';

/** The part of useAutosavedDraft's result the notices need. */
export interface DraftState {
  storageProblem: string;
  conflict: { savedAt: string } | null;
  /** Autosave paused because the stored draft cannot be read. */
  paused: boolean;
  useTheirs: () => unknown;
  keepMine: () => void;
  discardUnreadable: () => void;
}

export function DraftNotices({
  draft,
  what = '这份草稿',
  onTheirs = draft.useTheirs,
  discard = false,
  problem = (message) => message,
}: {
  draft: DraftState;
  /** What was changed in the other tab, as the sentence names it (这份草稿, 自查…). */
  what?: string;
  /** 使用另一个标签页的版本, when the island says more than the draft does. */
  onTheirs?: () => unknown;
  /** Offer to delete a draft that cannot be read (the island's advice names the button). */
  discard?: boolean;
  /** The island's wording of a storage problem. */
  problem?: (message: string) => string;
}) {
  const { storageProblem, conflict, paused } = draft;
  return (
    <>
      {storageProblem && (
        <div class="notice storage-notice" role="status">
          {problem(storageProblem)}
          {paused && discard && (
            <p>
              <button type="button" onClick={draft.discardUnreadable}>
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
          <button type="button" onClick={() => onTheirs()}>
            使用另一个标签页的版本
          </button>
          <button type="button" onClick={draft.keepMine}>
            保留本页内容并覆盖
          </button>
        </div>
      )}
    </>
  );
}
