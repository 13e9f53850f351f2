import type { PhotoRef, SelfCheck } from './record';

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

/** Every photo a self-check refers to, each once. */
export function photoRefsOf(check: Pick<SelfCheck, 'results'>): PhotoRef[] {
  const seen = new Set<string>();
  const out: PhotoRef[] = [];
  for (const r of Object.values(check.results))
    for (const p of r.photos ?? [])
      if (!seen.has(p.id)) {
        seen.add(p.id);
        out.push(p);
      }
  return out;
}

/** Photo ids no self-check of the book refers to any more (deleted with their self-check). */
export function unusedPhotoIds(
  stored: readonly string[],
  checks: readonly Pick<SelfCheck, 'results'>[],
): string[] {
  const used = new Set(checks.flatMap((c) => photoRefsOf(c).map((p) => p.id)));
  return stored.filter((id) => !used.has(id));
}
