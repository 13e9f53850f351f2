/**
 * Keys of the 培训投影 deck. Presentation clickers send ← / → or PageUp / PageDown (some send ↑ / ↓, or
 * "." / B for a black screen); a keyboard adds space, Home / End, F (full screen), S (source), Esc (leave).
 */
export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'source' | 'blank' | 'leave';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const plain: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  s: 'source',
  S: 'source',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'leave',
  Esc: 'leave',
};

/**
 * The deck action for a key press, or null when the deck leaves the key to the browser: any key with
 * Ctrl, Alt or ⌘ (Ctrl+P prints, Ctrl+F finds), and keys it does not use. Shift+space goes back.
 */
export function keyToAction(e: KeyInput): DeckAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (e.shiftKey && (e.key === ' ' || e.key === 'Spacebar')) return 'prev';
  return plain[e.key] ?? null;
}

/** The slide index after a moving action (others leave it); stays within 0 … total − 1. */
export function move(index: number, action: DeckAction, total: number): number {
  if (total <= 0) return 0;
  const last = total - 1;
  const at = Math.min(Math.max(index, 0), last);
  switch (action) {
    case 'next':
      return Math.min(at + 1, last);
    case 'prev':
      return Math.max(at - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return at;
  }
}

/** Progress as shown on the screen: 第 5 / 24 屏. */
export function progressText(index: number, total: number): string {
  return `${Math.min(index + 1, total)} / ${total}`;
}
