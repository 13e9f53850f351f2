/**
 * What a page with a draft must say before anything else: storage that is blocked, full or unreadable, and
 * a second tab that saved the same draft (with the two ways out). Every island on useAutosavedDraft shows it.
 */
export function DraftNotices({
  storageProblem,
  conflict,
  what = '这份草稿',
  onTheirs,
  onMine,
}: {
  storageProblem: string;
  conflict: { savedAt: string } | null;
  /** What was changed in the other tab, as the sentence names it (这份草稿, 自查…). */
  what?: string;
  onTheirs: () => void;
  onMine: () => void;
}) {
  return (
    <>
      {storageProblem && (
        <div class="notice storage-notice" role="status">
          {storageProblem}
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
