import { describe, expect, it } from 'vitest';
import { keyToAction, move, progressText, type DeckAction } from './keys';

describe('keyToAction: what a key or clicker does in the deck', () => {
  it('maps clicker and keyboard keys', () => {
    const cases: [string, DeckAction][] = [
      ['ArrowRight', 'next'],
      ['ArrowDown', 'next'],
      ['PageDown', 'next'],
      [' ', 'next'],
      ['ArrowLeft', 'prev'],
      ['ArrowUp', 'prev'],
      ['PageUp', 'prev'],
      ['Home', 'first'],
      ['End', 'last'],
      ['f', 'fullscreen'],
      ['F', 'fullscreen'],
      ['s', 'source'],
      ['S', 'source'],
      ['b', 'blank'],
      ['.', 'blank'],
      ['Escape', 'leave'],
    ];
    for (const [key, action] of cases) expect(keyToAction({ key }), key).toBe(action);
  });

  it('Shift+space goes back; keys with Ctrl, Alt or ⌘ stay with the browser (Ctrl+P prints, Ctrl+F finds)', () => {
    expect(keyToAction({ key: ' ', shiftKey: true })).toBe('prev');
    expect(keyToAction({ key: 'p', ctrlKey: true })).toBeNull();
    expect(keyToAction({ key: 'f', ctrlKey: true })).toBeNull();
    expect(keyToAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyToAction({ key: 'f', metaKey: true })).toBeNull();
  });

  it('ignores keys it does not use', () => {
    for (const key of ['Tab', 'Enter', 'a', '5', 'F5', 'Shift']) expect(keyToAction({ key }), key).toBeNull();
  });
});

describe('move: the next screen', () => {
  it('steps and jumps within the deck', () => {
    expect(move(0, 'next', 5)).toBe(1);
    expect(move(4, 'next', 5)).toBe(4);
    expect(move(3, 'prev', 5)).toBe(2);
    expect(move(0, 'prev', 5)).toBe(0);
    expect(move(2, 'first', 5)).toBe(0);
    expect(move(2, 'last', 5)).toBe(4);
    expect(move(2, 'source', 5)).toBe(2);
    expect(move(2, 'leave', 5)).toBe(2);
  });

  it('stays in range for a bad index or an empty deck', () => {
    expect(move(9, 'next', 5)).toBe(4);
    expect(move(-3, 'prev', 5)).toBe(0);
    expect(move(0, 'next', 0)).toBe(0);
  });

  it('shows progress as 5 / 24', () => {
    expect(progressText(4, 24)).toBe('5 / 24');
    expect(progressText(0, 1)).toBe('1 / 1');
  });
});
