// zod/mini (JIT off), like the drafts that hold photo references.
import * as z from 'zod/mini';

z.config({ jitless: true });

export const photoStages = ['整改前', '整改后'] as const;
export type PhotoStage = (typeof photoStages)[number];

/** A photo kept in this browser (IndexedDB, by id); only the reference lives in a draft. */
export const photoRefSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  stage: z.enum(photoStages),
});
export type PhotoRef = z.infer<typeof photoRefSchema>;

/** A photo as a file carries it to another browser (自查文件, 台账文件): its reference and its data: URL. */
export const filePhotoSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  stage: z.enum(photoStages),
  /** data:image/jpeg;base64,… */
  dataUrl: z.string().check(z.regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/)),
});
export type FilePhoto = z.infer<typeof filePhotoSchema>;

/** The longest side of a photo kept in the browser: enough to read a nameplate, ~150–300 KB as JPEG. */
export const PHOTO_MAX_SIDE = 1280;
export const PHOTO_QUALITY = 0.72;

/** The size a photo is shrunk to (never enlarged). */
export function fitWithin(
  width: number,
  height: number,
  max = PHOTO_MAX_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Who owns a stored photo, by the first letter of its id: the self-check's photos are `p…`, the 隐患台账's
 * walk-round photos `r…`. Each page cleans only its own photos, so one never deletes the other's.
 */
export const photoOwners = { selfCheck: 'p', register: 'r' } as const;

/** Stored photo ids of one owner that nothing refers to any more. */
export function unusedOwnPhotoIds(
  stored: readonly string[],
  owner: (typeof photoOwners)[keyof typeof photoOwners],
  used: Iterable<string>,
): string[] {
  const keep = new Set(used);
  return stored.filter((id) => id.startsWith(owner) && !keep.has(id));
}
