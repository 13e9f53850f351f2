import { isWeChat } from './wechat';

/**
 * Saving a file the page made, in every browser our users have. Blob downloads usually fail in
 * WeChat's built-in browser: `download` still tries (some versions manage), and says whether the
 * reader should be told to open the page in the system browser or use the copy-as-text fallback
 * (`copyText`).
 */

export interface DownloadResult {
  /** true inside WeChat, where the download probably did not start. */
  wechat: boolean;
}

/** Starts a download of `bytes` (or a Blob) named `name`. Call from a click handler. */
export function download(
  file: Blob | Uint8Array<ArrayBuffer>,
  name: string,
  type = 'application/octet-stream',
): DownloadResult {
  const blob = file instanceof Blob ? file : new Blob([file], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { wechat: inWeChat() };
}

/** Whether this page runs in WeChat's built-in browser. */
export const inWeChat = () => typeof navigator !== 'undefined' && isWeChat(navigator.userAgent);

/** Copies text to the clipboard; false when the browser refuses (show the text to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
