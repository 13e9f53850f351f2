import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/components/overrides/Search.astro is Starlight's own Search.astro with one marked change (the search box is
 * built on first open). It stays byte-close to the original so an upgrade can be diffed: a reformatting (Prettier
 * is told to leave it alone) or an unmarked edit fails here.
 */
const root = path.resolve(__dirname, '../../..');
const original = readFileSync(
  path.join(root, 'node_modules/@astrojs/starlight/dist/components/Search.astro'),
  'utf-8',
).split('\n');
const ours = readFileSync(path.join(__dirname, 'Search.astro'), 'utf-8').split('\n');

describe('the Search override stays Starlight’s file with one marked change', () => {
  it('adds only a few lines and drops only the lines it replaces', () => {
    const orig = new Set(original);
    const mine = new Set(ours);
    const added = ours.filter((l) => !orig.has(l));
    const dropped = original.filter((l) => !mine.has(l));
    expect(added.length).toBeLessThanOrEqual(20);
    expect(dropped).toEqual([
      "import Icon from '../user-components/Icon.astro';",
      "\t\t\twindow.addEventListener('DOMContentLoaded', () => {",
      '\t\t\t\tif (import.meta.env.DEV) return;',
      '\t\t\t\tconst onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));',
      '\t\t\t\tonIdle(async () => {',
      '\t\t\t\t});',
    ]);
  });
  it('marks the change where it is made', () => {
    expect(ours.filter((l) => l.includes('CHANGED')).length).toBeGreaterThanOrEqual(3);
    expect(ours.join('\n')).toContain('startSearch(); // CHANGED');
  });
});
