import { useEffect, useState } from 'preact/hooks';
import { inWeChat } from '../../../lib/browser/download';

const wideQuery = '(min-width: 60rem)';

/** Whether the screen is wide; true at build time (the pre-rendered HTML shows the table). */
const isWide = () => (typeof window === 'undefined' ? true : window.matchMedia(wideQuery).matches);

/**
 * Table (wide screens) or cards (phones), following the screen; and whether this is WeChat's browser.
 * On a phone the first render in the browser is already the cards: hydration turns the
 * pre-rendered table into cards in one pass, instead of hydrating the table and then redrawing.
 */
export function useScreen() {
  const [wide, setWide] = useState(isWide);
  const [wechat, setWechat] = useState(false);
  useEffect(() => {
    const media = window.matchMedia(wideQuery);
    setWide(media.matches);
    const onMedia = () => setWide(media.matches);
    media.addEventListener('change', onMedia);
    setWechat(inWeChat());
    return () => media.removeEventListener('change', onMedia);
  }, []);
  return { wide, wechat };
}
