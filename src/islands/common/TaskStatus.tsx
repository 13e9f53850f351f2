/**
 * What a long task is doing now (useLongTask's `busy`, class `busy`) and how the last action ended (`notice`,
 * in the island's own class): each a status line, read aloud, shown only when it says something.
 */
export function TaskStatus({
  busy,
  notice,
  noticeClass = 'notice',
  busyClass = 'busy',
}: {
  busy: string;
  notice: string;
  noticeClass?: string;
  busyClass?: string;
}) {
  return (
    <>
      {busy && (
        <p class={busyClass} role="status">
          {busy}
        </p>
      )}
      {notice && (
        <p class={noticeClass} role="status">
          {notice}
        </p>
      )}
    </>
  );
}
