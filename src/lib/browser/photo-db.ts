import type { FilePhoto, PhotoRef } from './photos';

/**
 * Photos of the self-check and the 隐患台账, kept in this browser's IndexedDB (database jc76-photos, store photos:
 * id → data: URL). Never sent anywhere. Every call resolves; a browser without IndexedDB (or one that
 * refuses it) gives null / false, and the page says photos cannot be kept.
 */
const DB = 'jc76-photos';
const STORE = 'photos';

let opened: Promise<IDBDatabase | null> | null = null;

/** The photo database, opened once per page (a page exporting 500 photos must not open it 500 times). */
function open(): Promise<IDBDatabase | null> {
  opened ??= new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(null);
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => {
        const db = req.result;
        // Another page upgrading or deleting the database: let go, and open again next time.
        db.onversionchange = () => {
          db.close();
          opened = null;
        };
        db.onclose = () => {
          opened = null;
        };
        resolve(db);
      };
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  const db = opened;
  void db.then((d) => {
    if (!d && opened === db) opened = null;
  });
  return db;
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  const db = await open();
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const req = fn(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

export const putPhoto = async (id: string, dataUrl: string) =>
  (await run('readwrite', (s) => s.put(dataUrl, id))) !== null;
export const getPhoto = async (id: string) => {
  const v = await run<unknown>('readonly', (s) => s.get(id));
  return typeof v === 'string' ? v : null;
};
/** Several photos in one transaction: id → data: URL (ids not stored are absent). */
export async function getPhotos(ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const db = await open();
  if (!db || ids.length === 0) return out;
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      for (const id of ids) {
        const req = store.get(id);
        req.onsuccess = () => {
          if (typeof req.result === 'string') out.set(id, req.result);
        };
      }
      tx.oncomplete = () => resolve(out);
      tx.onerror = () => resolve(out);
      tx.onabort = () => resolve(out);
    } catch {
      resolve(out);
    }
  });
}
export const deletePhoto = async (id: string) => void (await run('readwrite', (s) => s.delete(id)));
export const photoIds = async () =>
  ((await run<IDBValidKey[]>('readonly', (s) => s.getAllKeys())) ?? []).map(String);

/** A picture file → a JPEG data: URL no larger than maxSide (shrunk in the browser). */
export async function shrinkImage(
  file: Blob,
  width: (w: number, h: number) => { width: number; height: number },
  quality: number,
): Promise<string | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = width(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, size.width, size.height);
    bitmap.close();
    return canvas.toDataURL('image/jpeg', quality);
  } catch {
    return null;
  }
}

/** The photos of `refs` as a file carries them (data: URLs), read in one go; photos not in this browser are left out. */
export async function photosForFile(refs: readonly PhotoRef[]): Promise<FilePhoto[]> {
  const stored = await getPhotos(refs.map((r) => r.id));
  return refs.flatMap((ref) => {
    const dataUrl = stored.get(ref.id);
    return dataUrl ? [{ ...ref, dataUrl }] : [];
  });
}

/** Stores the photos a file brought (those already here are kept as they are); resolves to how many are now here. */
export async function storeFilePhotos(photos: readonly FilePhoto[]): Promise<number> {
  const have = new Set(await photoIds());
  let n = 0;
  for (const p of photos) if (have.has(p.id) || (await putPhoto(p.id, p.dataUrl))) n++;
  return n;
}
