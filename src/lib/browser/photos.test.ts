import { describe, expect, it } from 'vitest';
import { fitWithin, unusedOwnPhotoIds } from './photos';

describe('photos in the browser', () => {
  it('shrinks to the longest side, never enlarges', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 960, height: 1280 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });
  it('finds unused photos of one owner only: the self-check never deletes the register’s photos', () => {
    const stored = ['p1', 'p2', 'r1', 'r2'];
    expect(unusedOwnPhotoIds(stored, 'p', ['p1'])).toEqual(['p2']);
    expect(unusedOwnPhotoIds(stored, 'r', ['r2'])).toEqual(['r1']);
    expect(unusedOwnPhotoIds(stored, 'r', [])).toEqual(['r1', 'r2']);
  });
});
