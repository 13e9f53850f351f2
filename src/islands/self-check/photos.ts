import { getPhotos, putPhoto } from '../../lib/browser/photo-db';
import type { FilePhoto } from '../../lib/self-check/file';
import { photoRefsOf } from '../../lib/self-check/photos';
import type { SelfCheck } from '../../lib/self-check/record';

/** The photos of a self-check, read from IndexedDB for the export file (missing ones are left out). */
export async function exportPhotos(check: SelfCheck): Promise<FilePhoto[]> {
  const refs = photoRefsOf(check);
  const stored = await getPhotos(refs.map((r) => r.id));
  return refs.flatMap((ref) => {
    const dataUrl = stored.get(ref.id);
    return dataUrl ? [{ ...ref, dataUrl }] : [];
  });
}

/** Stores imported photos; returns how many were kept. */
export async function importPhotos(photos: readonly FilePhoto[]): Promise<number> {
  let n = 0;
  for (const p of photos) if (await putPhoto(p.id, p.dataUrl)) n++;
  return n;
}
