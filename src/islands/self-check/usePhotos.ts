import { useEffect, useState } from 'preact/hooks';
import { deletePhoto, getPhoto, photoIds, putPhoto, shrinkImage } from '../../lib/browser/photo-db';
import { currentCheck, updateResult } from '../../lib/self-check/book';
import { resultOf } from '../../lib/self-check/hazards';
import { fitWithin, photoRefsOf, PHOTO_QUALITY, unusedPhotoIds } from '../../lib/self-check/photos';
import { newId, type PhotoStage, type SelfCheckBook } from '../../lib/self-check/record';

/**
 * Photos of the open self-check: shown from IndexedDB, added (shrunk in the browser first) and removed.
 * A photo stays while any self-check of the book still refers to it (a duplicate shares its photos).
 */
export function usePhotos(book: SelfCheckBook | null, setBook: (b: SelfCheckBook) => void) {
  const [urls, setUrls] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const check = book ? currentCheck(book) : undefined;
  const refs = check ? photoRefsOf(check) : [];
  const missing = refs.filter((r) => !(r.id in urls)).map((r) => r.id);

  useEffect(() => {
    if (missing.length === 0) return;
    let live = true;
    void (async () => {
      const found: Record<string, string> = {};
      for (const id of missing) found[id] = (await getPhoto(id)) ?? '';
      if (live) setUrls((u) => ({ ...u, ...found }));
    })();
    return () => {
      live = false;
    };
  }, [missing.join()]);

  // Photos no self-check refers to any more (its self-check was deleted) are removed from the browser.
  useEffect(() => {
    if (!book) return;
    void photoIds().then((ids) => unusedPhotoIds(ids, book.checks).forEach((id) => void deletePhoto(id)));
  }, [book?.checks.length]);

  const add = async (itemId: string, stage: PhotoStage, files: FileList | null) => {
    if (!book || !check || !files?.length) return;
    setProblem('');
    let next = book;
    const added: Record<string, string> = {};
    for (const file of Array.from(files)) {
      const dataUrl = await shrinkImage(file, fitWithin, PHOTO_QUALITY);
      if (!dataUrl) {
        setProblem(`“${file.name}”不是能读取的图片，没有添加。`);
        continue;
      }
      const id = `p${newId()}`;
      if (!(await putPhoto(id, dataUrl))) {
        setProblem('浏览器不允许本站保存照片（可能是无痕/隐私模式或存储已满），照片没有添加。');
        break;
      }
      added[id] = dataUrl;
      const photos = [...(resultOf(currentCheck(next)!, itemId).photos ?? []), { id, stage }];
      next = updateResult(next, check.id, itemId, { photos });
    }
    setUrls((u) => ({ ...u, ...added }));
    setBook(next);
  };

  const remove = (itemId: string, photoId: string) => {
    if (!book || !check) return;
    const photos = (resultOf(check, itemId).photos ?? []).filter((p) => p.id !== photoId);
    const next = updateResult(book, check.id, itemId, { photos });
    setBook(next);
    if (unusedPhotoIds([photoId], next.checks).length > 0) void deletePhoto(photoId);
  };

  const url = (id: string) => urls[id] || null;
  return { url, add, remove, problem };
}
