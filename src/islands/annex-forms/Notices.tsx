import { weChatNotice } from '../../lib/browser/wechat';
import { DraftNotices, type DraftState } from '../common/DraftNotices';

/** What the page must tell before anything else: WeChat's browser, storage problems, a second tab. */
export function Notices({
  wechat,
  draft,
  onTheirs,
  onXlsx,
  onCopy,
}: {
  wechat: boolean;
  draft: DraftState;
  onTheirs: () => void;
  onXlsx: () => void;
  onCopy: () => void;
}) {
  return (
    <>
      {wechat && (
        <div class="notice wechat-notice" role="note">
          <strong>{weChatNotice.title}</strong>
          {weChatNotice.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <div class="annex-actions">
            <button type="button" onClick={onXlsx}>
              先下载 Excel
            </button>
            <button type="button" onClick={onCopy}>
              先复制为表格文本
            </button>
          </div>
        </div>
      )}
      <DraftNotices draft={draft} onTheirs={onTheirs} />
    </>
  );
}
