import { useEffect, useState } from 'preact/hooks';
import { inWeChat } from '../../../lib/browser/download';

const wideQuery = '(min-width: 60rem)';

/** Table (wide screens) or cards (phones), following the screen; and whether this is WeChat's browser. */
export function useScreen() {
  const [wide, setWide] = useState(true);
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
