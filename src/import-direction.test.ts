import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders are the architecture, and this test holds them to it.
 *
 * Layers: content/ → src/schemas → src/lib → src/components, src/islands, src/pages; never back.
 *
 * Inside src/lib and src/islands, a folder is either shared or a feature:
 * - shared, in this order (each may use the ones before it): lib/common (dates, content loading, source
 *   text) → lib/browser (storage, download, WeChat, long tasks) → lib/table (the table layer: sheet model,
 *   codecs, xlsx/csv, import, intake, drafts) → lib/plan (the plan as data); lib/build (build-time helpers)
 *   and islands/common (the island kit) may use all of them. A test of a shared folder may read content
 *   through a later shared folder (it checks the content, it is not shipped).
 * - features: annex-forms, self-check, confined-space, summary, training, criteria, register — each in lib/<name>/ and
 *   islands/<name>/. A feature uses the shared folders and itself; another feature only through the
 *   allow-list below, each entry saying why.
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
  return specs.map((s) => rel(path.resolve(path.dirname(file), s)));
}
const rel = (abs: string) => path.relative(src, abs).split(path.sep).join('/');

const all = files(src).map((f) => ({ file: rel(f), imports: importsOf(f) }));

const layer = (p: string) => p.split('/')[0]!;
/** What each layer may import (besides npm packages). */
const layers: Record<string, string[]> = {
  schemas: ['schemas'],
  lib: ['schemas', 'lib'],
  components: ['schemas', 'lib', 'components', 'islands', 'styles'],
  islands: ['schemas', 'lib', 'islands', 'styles'],
  pages: ['schemas', 'lib', 'components', 'islands', 'styles'],
  styles: [],
};

const FEATURES = [
  'annex-forms',
  'self-check',
  'confined-space',
  'summary',
  'training',
  'criteria',
  'register',
];
const SHARED_ORDER = ['lib/common', 'lib/browser', 'lib/table', 'lib/plan'];
const SHARED_ANY = ['lib/build', 'islands/common'];

/** Feature → feature imports that are allowed, and why. Nothing else crosses between features. */
const ALLOWED: { from: string; to: string; why: string }[] = [
  { from: 'self-check', to: 'criteria', why: '自查清单逐条列出判定标准条款' },
  { from: 'confined-space', to: 'criteria', why: '有限空间页引用第10号令、第13号令、GB 46768-2025 的条文' },
  { from: 'summary', to: 'self-check', why: '汇总附件1 读取企业导出的自查文件（企业自查自纠情况）' },
  {
    from: 'summary',
    to: 'register',
    why: '汇总附件1 读取企业导出的隐患台账文件（按月计入企业自查自纠情况）',
  },
  { from: 'training', to: 'self-check', why: '培训投影把自查清单投在屏幕上、印成讲义' },
  { from: 'training', to: 'criteria', why: '培训投影投放判定标准条款' },
  { from: 'annex-forms', to: 'confined-space', why: '附件3 下载时附上有限空间分级的“分级依据”工作表' },
  { from: 'register', to: 'self-check', why: '隐患台账由各次自查记录的隐患组成（自查是隐患的来源）' },
];

/** lib/table, islands/self-check … : the folder a path is in, within lib or islands. */
const folderOf = (p: string) => {
  const [top, second, third] = p.split('/');
  if ((top === 'lib' || top === 'islands') && third !== undefined) return `${top}/${second}`;
  return null;
};
const featureOf = (p: string) => {
  const f = folderOf(p);
  const name = f?.split('/')[1];
  return name && FEATURES.includes(name) ? name : null;
};

/** Why an import is wrong, or null. */
function wrongImport(from: string, to: string): string | null {
  const ok = layers[layer(from)];
  if (ok && !ok.includes(layer(to))) return `${from} → ${to}（层次倒流）`;
  const fromFolder = folderOf(from);
  const toFolder = folderOf(to);
  if (!fromFolder || !toFolder || fromFolder === toFolder) {
    if ((from.startsWith('lib/') || from.startsWith('islands/')) && !fromFolder && featureOf(to))
      return `${from} → ${to}（lib、islands 根目录的文件不应引用功能模块）`;
    return null;
  }
  const fromFeature = featureOf(from);
  const toFeature = featureOf(to);
  if (fromFeature && toFeature) {
    if (fromFeature === toFeature) return null;
    return ALLOWED.some((a) => a.from === fromFeature && a.to === toFeature)
      ? null
      : `${from} → ${to}（功能模块 ${fromFeature} 引用了 ${toFeature}，不在允许清单中）`;
  }
  if (fromFeature) return null; // a feature may use every shared folder
  // From a shared folder: never a feature; only shared folders before it (tests may read later ones).
  if (toFeature) return `${from} → ${to}（共用层 ${fromFolder} 引用了功能模块 ${toFeature}）`;
  if (SHARED_ANY.includes(fromFolder)) return null;
  const a = SHARED_ORDER.indexOf(fromFolder);
  const b = SHARED_ORDER.indexOf(toFolder);
  if (a >= 0 && b > a && !from.includes('.test.'))
    return `${from} → ${to}（${fromFolder} 不应引用在它之上的 ${toFolder}）`;
  return null;
}

describe('the direction of imports', () => {
  it('reads the source tree (a test that finds nothing proves nothing)', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.find((f) => f.file === 'islands/annex-forms/AnnexForm.tsx')?.imports.length).toBeGreaterThan(
      3,
    );
    for (const f of FEATURES)
      expect(
        all.some((x) => x.file.startsWith(`lib/${f}/`)),
        f,
      ).toBe(true);
  });

  it('no file imports against the layers, the shared order or the features’ fence', () => {
    const wrong = all.flatMap(({ file, imports }) =>
      imports.map((to) => wrongImport(file, to)).filter((w): w is string => w !== null),
    );
    expect(wrong).toEqual([]);
  });

  it('lib has no loose files: every module is in a shared folder or a feature', () => {
    const loose = all.filter((f) => /^lib\/[^/]+$/.test(f.file) || /^islands\/[^/]+$/.test(f.file));
    expect(loose.map((f) => f.file)).toEqual([]);
  });

  it('every allow-list entry is used (a stale entry would hide nothing but mislead)', () => {
    for (const a of ALLOWED)
      expect(
        all.some(
          ({ file, imports }) => featureOf(file) === a.from && imports.some((to) => featureOf(to) === a.to),
        ),
        `${a.from} → ${a.to}`,
      ).toBe(true);
  });

  it('the rules catch wrong imports (checked on made-up lines)', () => {
    expect(wrongImport('lib/training/deck.ts', 'lib/confined-space/ledger.ts')).toMatch(/不在允许清单中/);
    expect(wrongImport('islands/self-check/SelfCheck.tsx', 'lib/training/url.ts')).toMatch(/不在允许清单中/);
    expect(wrongImport('lib/table/sheet.ts', 'lib/self-check/report.ts')).toMatch(/共用层 lib\/table/);
    expect(wrongImport('lib/table/sheet.ts', 'lib/plan/plan.ts')).toMatch(/不应引用在它之上/);
    expect(wrongImport('lib/plan/plan.ts', 'lib/table/sheet.ts')).toBeNull();
    expect(wrongImport('lib/summary/combine.ts', 'lib/self-check/record.ts')).toBeNull();
    expect(wrongImport('lib/table/sheet.ts', 'islands/annex-forms/AnnexForm.tsx')).toMatch(/层次倒流/);
  });
});
