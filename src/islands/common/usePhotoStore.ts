import { useEffect, useState } from 'preact/hooks';
import { getPhotos, putPhoto, shrinkImage } from '../../lib/browser/photo-db';
import { fitWithin, PHOTO_QUALITY } from '../../lib/browser/photos';

/**
 * Photos kept in this browser's IndexedDB, for a page that shows and adds them: the data: URLs of the ids on
 * screen (read once each), and `store`, which shrinks picked files and keeps them under new ids.
 */
export function usePhotoStore(shown: readonly string[]) {
  const [urls, setUrls] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const missing = shown.filter((id) => !(id in urls));

  useEffect(() => {
    if (missing.length === 0) return;
    let live = true;
    void (async () => {
      const stored = await getPhotos(missing);
      const found = Object.fromEntries(missing.map((id) => [id, stored.get(id) ?? '']));
      if (live) setUrls((u) => ({ ...u, ...found }));
    })();
    return () => {
      live = false;
    };
  }, [missing.join()]);

  /** Shrinks and stores the files; returns the new ids in order (those refused are said in `problem`). */
  const store = async (files: FileList | null, newPhotoId: () => string): Promise<string[]> => {
    setProblem('');
    const ids: string[] = [];
    const added: Record<string, string> = {};
    for (const file of Array.from(files ?? [])) {
      const dataUrl = await shrinkImage(file, fitWithin, PHOTO_QUALITY);
      if (!dataUrl) {
        setProblem(`“${file.name}”不是能读取的图片，没有添加。`);
        continue;
      }
      const id = newPhotoId();
      if (!(await putPhoto(id, dataUrl))) {
        setProblem('浏览器不允许本站保存照片（可能是无痕/隐私模式或存储已满），照片没有添加。');
        break;
      }
      added[id] = dataUrl;
      ids.push(id);
    }
    setUrls((u) => ({ ...u, ...added }));
    return ids;
  };

  const url = (id: string) => urls[id] || null;
  return { url, store, problem };
}
