import { describe, expect, it } from 'vitest';
import { pageCount, pageOfRow, pageSlice } from './paging';

describe('showing long tables a page at a time', () => {
  it('splits rows into pages and clamps the page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(10_000)).toBe(200);
    expect(pageSlice(10_000, 1)).toEqual({ page: 1, start: 50, end: 100 });
    expect(pageSlice(120, 9)).toEqual({ page: 2, start: 100, end: 120 });
    expect(pageSlice(3, -1)).toEqual({ page: 0, start: 0, end: 3 });
    expect(pageOfRow(49)).toBe(0);
    expect(pageOfRow(50)).toBe(1);
  });
});
