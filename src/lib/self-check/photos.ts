import { photoOwners, unusedOwnPhotoIds } from '../browser/photos';
import type { PhotoRef, SelfCheck } from './record';

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

/**
 * The self-check's photo ids (`p…`) no self-check of the book refers to any more (deleted with their
 * self-check). Photos of the 隐患台账 (`r…`) are not the self-check's to delete.
 */
export function unusedPhotoIds(
  stored: readonly string[],
  checks: readonly Pick<SelfCheck, 'results'>[],
): string[] {
  return unusedOwnPhotoIds(
    stored,
    photoOwners.selfCheck,
    checks.flatMap((c) => photoRefsOf(c).map((p) => p.id)),
  );
}

/**
 * The self-check without the photo references whose photo is not in this browser (taken on another device and
 * never brought here), so an exported file reads back whole; the references that are here are kept in order.
 */
export function withoutMissingPhotos<C extends Pick<SelfCheck, 'results'>>(
  check: C,
  present: ReadonlySet<string>,
): C {
  if (photoRefsOf(check).every((p) => present.has(p.id))) return check;
  const results = Object.fromEntries(
    Object.entries(check.results).map(([id, r]) => [
      id,
      r.photos ? { ...r, photos: r.photos.filter((p) => present.has(p.id)) } : r,
    ]),
  );
  return { ...check, results };
}
