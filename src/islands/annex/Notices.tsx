import type { AnnexData } from '../../lib/forms/data';
import type { DraftEnvelope } from '../../lib/forms/draft';

/** What the page must tell before anything else: WeChat's browser, storage problems, a second tab. */
export function Notices({
  wechat,
  storageProblem,
  conflict,
  onTheirs,
  onMine,
}: {
  wechat: boolean;
  storageProblem: string;
  conflict: DraftEnvelope<AnnexData> | null;
  onTheirs: () => void;
  onMine: () => void;
}) {
  return (
    <>
      {wechat && (
        <div class="notice wechat-notice" role="note">
          <strong>在微信里打开的？</strong>
          微信内置浏览器通常无法下载文件。请点右上角“···”，选“在浏览器打开”后再下载；
          或者点下面的“复制为表格文本”，粘贴到 WPS 或 Excel。
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
