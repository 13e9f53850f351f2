import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Data flows one way: content/ → src/schemas → src/lib → src/components, src/islands, src/pages.
 * The table layer (src/lib/forms) builds on the site's shared infrastructure only (dates, browser,
 * content loading) and imports no feature module (such as the sector selection store).
 */

const src = __dirname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx|astro|mjs)$/.test(name) ? [full] : [];
  });

/** Every relative import of a file (static, dynamic and side-effect), as a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf-8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );
  return specs.map((s) =>
    path
      .relative(src, path.resolve(path.dirname(file), s))
      .split(path.sep)
      .join('/'),
  );
}

const layer = (rel: string) => rel.split('/')[0]!;
const all = files(src).map((f) => ({
  file: path.relative(src, f).split(path.sep).join('/'),
  imports: importsOf(f),
}));

/** What each layer may import (besides npm packages). */
const allowed: Record<string, string[]> = {
  schemas: ['schemas'],
  lib: ['schemas', 'lib'],
  components: ['schemas', 'lib', 'components', 'islands', 'styles'],
  islands: ['schemas', 'lib', 'islands', 'styles'],
  pages: ['schemas', 'lib', 'components', 'islands', 'styles'],
  styles: [],
};

/** What src/lib/forms may use outside itself: shared infrastructure, never a feature module. */
const formsMayUse = [
  /^lib\/forms\//,
  /^lib\/browser\//,
  /^lib\/dates(\.ts)?$/,
  /^lib\/content-loader(\.ts)?$/,
  /^lib\/validate-content(\.ts)?$/,
  /^schemas\//,
];

describe('the direction of imports', () => {
  it('reads the source tree (a test that finds nothing proves nothing)', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.find((f) => f.file === 'islands/AnnexForm.tsx')?.imports.length).toBeGreaterThan(3);
  });

  it('content → schemas → lib → components/islands/pages, never back', () => {
    const wrong = all.flatMap(({ file, imports }) => {
      const from = layer(file);
      const ok = allowed[from];
      if (!ok) return [];
      return imports.filter((to) => !ok.includes(layer(to))).map((to) => `${file} → ${to}`);
    });
    expect(wrong).toEqual([]);
  });

  it('src/lib/forms imports no feature module', () => {
    const wrong = all
      .filter(({ file }) => file.startsWith('lib/forms/'))
      .flatMap(({ file, imports }) =>
        imports.filter((to) => !formsMayUse.some((re) => re.test(to))).map((to) => `${file} → ${to}`),
      );
    expect(wrong).toEqual([]);
  });

  it('the rule catches a wrong import (checked on made-up lines)', () => {
    const fake = path.join(src, 'lib/forms/x.ts');
    const rel = (spec: string) =>
      path
        .relative(src, path.resolve(path.dirname(fake), spec))
        .split(path.sep)
        .join('/');
    expect(formsMayUse.some((re) => re.test(rel('../selection-store')))).toBe(false);
    expect(formsMayUse.some((re) => re.test(rel('../dates')))).toBe(true);
    expect(allowed.lib!.includes(layer(rel('../../islands/AnnexForm')))).toBe(false);
  });
});
