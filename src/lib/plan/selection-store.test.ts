import { describe, expect, it } from 'vitest';
import type { StorageLike } from '../browser/storage';
import { loadSelection, saveSelection, selectionKey } from './selection-store';
import { memoryStorage } from '../browser/memory-storage';

const memory = () => memoryStorage();
const known = ['metal-smelting', 'cold-storage'];

describe('remembering the selection in this browser', () => {
  it('saves and loads', () => {
    const s = memory();
    expect(saveSelection(s, ['cold-storage'])).toBe(true);
    expect(s.data.get(selectionKey)).toBe('["cold-storage"]');
    expect(loadSelection(s, known)).toEqual(['cold-storage']);
  });
  it('survives storage that throws (private mode, quota) and junk', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveSelection(broken, ['cold-storage'])).toBe(false);
    expect(loadSelection(broken, known)).toEqual([]);
    expect(saveSelection(null, [])).toBe(false);
    const junk = memory();
    junk.setItem(selectionKey, '{not json');
    expect(loadSelection(junk, known)).toEqual([]);
    junk.setItem(selectionKey, '["gone-kind","metal-smelting"]');
    expect(loadSelection(junk, known)).toEqual(['metal-smelting']);
  });
});
