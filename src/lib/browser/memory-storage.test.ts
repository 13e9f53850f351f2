import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { isQuotaError } from './storage';

describe('memoryStorage (the tests’ localStorage)', () => {
  it('keeps, replaces and removes values', () => {
    const s = memoryStorage();
    s.setItem('a', '1');
    s.setItem('a', '2');
    expect(s.getItem('a')).toBe('2');
    s.removeItem!('a');
    expect(s.getItem('a')).toBeNull();
  });
  it('refuses a write past its limit as a quota error and keeps what it had', () => {
    const s = memoryStorage(10);
    s.setItem('k', '12345');
    expect(() => s.setItem('j', '123456')).toThrow();
    try {
      s.setItem('j', '123456');
    } catch (e) {
      expect(isQuotaError(e)).toBe(true);
    }
    expect(s.getItem('k')).toBe('12345');
    s.setItem('k', '123456789'); // replacing a value counts only the new one
    expect(s.data.size).toBe(1);
  });
});
