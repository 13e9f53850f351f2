import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage, displayWidth, extractStaticImports, parseHtmlAssets, summarize } from './bench.mjs';

describe('scripts/bench.mjs', () => {
  it('找出静态 import，忽略动态 import()', () => {
    const code =
      'import{a as e}from"./a.js";import"./b.js";import c from \'../c.js\';export*from"./d.js";' +
      'export{x}from"./e.js";import * as ns from "./f.js";const m=import("./lazy.js");import(`./lazy2.js`);' +
      'import{y}from"preact";const s=["import","x"];';
    expect(extractStaticImports(code)).toEqual(['./a.js', './b.js', '../c.js', './d.js', './e.js', './f.js']);
  });

  it('解析 HTML 中的样式、脚本和岛屿', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg">
      <script type="module" src="/_astro/p.js"></script><script>var x=1</script>
      <script type="module">import"/_astro/inline.js";</script><!-- <script src="/no.js"></script> -->
      <astro-island uid="1" component-url="/_astro/W.js" renderer-url="/_astro/client.js" props="{}"></astro-island>`;
    const r = parseHtmlAssets(html);
    expect(r.css).toEqual(['/_astro/a.css']);
    expect(r.js).toEqual(['/_astro/p.js', '/_astro/W.js', '/_astro/client.js']);
    expect(r.inlineModules).toEqual(['import"/_astro/inline.js";']);
    expect(r.islands).toHaveLength(1);
  });

  it('递归统计首屏下载量，不计 Pagefind', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-'));
    try {
      fs.mkdirSync(path.join(dist, '_astro'));
      fs.mkdirSync(path.join(dist, 'plan'));
      fs.writeFileSync(
        path.join(dist, 'plan', 'index.html'),
        '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/p.js"></script>' +
          '<script type="module" src="/pagefind/pagefind-ui.js"></script>',
      );
      fs.writeFileSync(path.join(dist, '_astro', 'a.css'), 'body{color:red}');
      fs.writeFileSync(path.join(dist, '_astro', 'p.js'), 'import{a}from"./q.js";import("./lazy.js");');
      fs.writeFileSync(path.join(dist, '_astro', 'q.js'), 'import"./p.js";export const a=1;');
      fs.writeFileSync(path.join(dist, '_astro', 'lazy.js'), 'x'.repeat(1000));
      const r = analyzePage(dist, '/plan/');
      expect(r.files.map((f) => f.path)).toEqual(['/plan/', '/_astro/a.css', '/_astro/p.js', '/_astro/q.js']);
      expect(r.missing).toEqual([]);
      const s = summarize(r);
      expect(s.css.raw).toBe(15);
      expect(s.total.raw).toBe(r.files.reduce((n, f) => n + f.raw, 0));
      expect(s.js.gzip).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  it('中文按两列宽度对齐', () => {
    expect(displayWidth('首页 /')).toBe(6);
  });
});
