import { useState } from 'preact/hooks';
import { copyText } from '../../lib/browser/download';

/**
 * “复制为表格文本” (WeChat's browser cannot download): copies a table as tab-separated text to paste into WPS
 * or Excel, and says so through the island's notice. Where the browser refuses, the text is shown in a box
 * (CopyFallback) to select by a long press.
 */
export function useCopyAsText(setNotice: (message: string) => void) {
  const [fallback, setFallback] = useState('');
  /** `what` names the text in the notice: 表格文本, 汇总表文本. */
  const copy = async (text: string, what: string) => {
    if (await copyText(text)) {
      setFallback('');
      setNotice(`已复制${what}。打开 WPS 或 Excel，点左上角单元格后粘贴即可。`);
    } else {
      setFallback(text);
      setNotice('浏览器不允许直接复制，请长按下面的文本框全选后复制。');
    }
  };
  return { fallback, copy };
}

/** The text the browser would not copy, in a read-only box (class tsv-fallback). */
export function CopyFallback({ text, label }: { text: string; label: string }) {
  if (!text) return null;
  return <textarea class="tsv-fallback" readOnly value={text} aria-label={label} rows={6} />;
}
