/** WeChat's built-in browser (and its Work variant) announce themselves as MicroMessenger. */
export const isWeChat = (userAgent: string) => /MicroMessenger/i.test(userAgent);

/**
 * What a form page tells a user inside WeChat: downloads usually fail there, and what was typed
 * is kept in WeChat's own storage — the system browser will not show it. So: save it first.
 */
export const weChatNotice = {
  title: '在微信里打开的？',
  lines: [
    '微信内置浏览器通常无法下载文件。请点右上角“···”，选“在浏览器打开”后再下载。',
    '注意：在微信里填写的内容只保存在微信自己的存储中，换到系统浏览器后不会出现。换浏览器之前，请先试着下载 Excel，或复制为表格文本（粘贴到 WPS、Excel 或发给自己）。',
  ],
} as const;

/** What to say after a download, the one wording for WeChat (where it probably did not start): `otherWay` is what else works. */
export function afterDownload(wechat: boolean, done: string, otherWay = ''): string {
  return wechat
    ? `微信内置浏览器通常无法下载文件：请点右上角“···”，选“在浏览器打开”后再下载${otherWay ? `，${otherWay}` : ''}。`
    : done;
}
