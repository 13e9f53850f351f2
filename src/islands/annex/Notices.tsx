import { weChatNotice } from '../../lib/browser/wechat';
import type { AnnexData } from '../../lib/forms/data';
import type { DraftEnvelope } from '../../lib/forms/draft';

/** What the page must tell before anything else: WeChat's browser, storage problems, a second tab. */
export function Notices({
  wechat,
  storageProblem,
  conflict,
  onTheirs,
  onMine,
  onXlsx,
  onCopy,
}: {
  wechat: boolean;
  storageProblem: string;
  conflict: DraftEnvelope<AnnexData> | null;
  onTheirs: () => void;
  onMine: () => void;
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
      {storageProblem && (
        <div class="notice storage-notice" role="status">
          {storageProblem}
        </div>
      )}
      {conflict && (
        <div class="notice conflict-notice" role="alert">
          <p>
            这份草稿在另一个标签页中被修改了（{new Date(conflict.savedAt).toLocaleString('zh-CN')}
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
