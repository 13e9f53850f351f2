/**
 * Remembers which kinds of enterprise a reader ticked, in this browser only (localStorage).
 * Versioned key; storage that is missing or full (private mode) never breaks the page.
 */
import type { StorageLike } from '../browser/storage';

export const selectionKey = 'jc76.my-enterprise.v1';

export function loadSelection(storage: StorageLike | null, known: readonly string[]): string[] {
  try {
    const raw = storage?.getItem(selectionKey);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return known.filter((id) => parsed.includes(id));
  } catch {
    return [];
  }
}

/** Returns false when the browser refused to store (the selection still works for this visit). */
export function saveSelection(storage: StorageLike | null, selected: readonly string[]): boolean {
  try {
    if (!storage) return false;
    storage.setItem(selectionKey, JSON.stringify(selected));
    return true;
  } catch {
    return false;
  }
}
