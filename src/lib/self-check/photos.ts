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
