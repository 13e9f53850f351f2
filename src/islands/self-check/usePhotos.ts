import { useEffect } from 'preact/hooks';
import { deletePhoto, photoIds } from '../../lib/browser/photo-db';
import { photoOwners } from '../../lib/browser/photos';
import { currentCheck, updateResult } from '../../lib/self-check/book';
import { resultOf } from '../../lib/self-check/hazards';
import { photoRefsOf, unusedPhotoIds } from '../../lib/self-check/photos';
import { newId, type PhotoStage, type SelfCheckBook } from '../../lib/self-check/record';
import { usePhotoStore } from '../common/usePhotoStore';

/**
 * Photos of the open self-check: shown from IndexedDB, added (shrunk in the browser first) and removed.
 * A photo stays while any self-check of the book still refers to it (a duplicate shares its photos).
 */
export function usePhotos(book: SelfCheckBook | null, setBook: (b: SelfCheckBook) => void) {
  const check = book ? currentCheck(book) : undefined;
  const photos = usePhotoStore(check ? photoRefsOf(check).map((r) => r.id) : []);

  // The self-check's photos no self-check refers to any more (its self-check was deleted) are removed.
  useEffect(() => {
    if (!book) return;
    void photoIds().then((ids) => unusedPhotoIds(ids, book.checks).forEach((id) => void deletePhoto(id)));
  }, [book?.checks.length]);

  const add = async (itemId: string, stage: PhotoStage, files: FileList | null) => {
    if (!book || !check || !files?.length) return;
    const ids = await photos.store(files, () => `${photoOwners.selfCheck}${newId()}`);
    if (ids.length === 0) return;
    const before = resultOf(currentCheck(book)!, itemId).photos ?? [];
    setBook(
      updateResult(book, check.id, itemId, { photos: [...before, ...ids.map((id) => ({ id, stage }))] }),
    );
  };

  const remove = (itemId: string, photoId: string) => {
    if (!book || !check) return;
    const kept = (resultOf(check, itemId).photos ?? []).filter((p) => p.id !== photoId);
    const next = updateResult(book, check.id, itemId, { photos: kept });
    setBook(next);
    if (unusedPhotoIds([photoId], next.checks).length > 0) void deletePhoto(photoId);
  };

  return { url: photos.url, add, remove, problem: photos.problem };
}
