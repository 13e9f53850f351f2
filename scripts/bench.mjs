#!/usr/bin/env node
// npm run bench：统计每类页面首次打开时访客要下载多少字节（原始 / gzip -9）。
//   计入：HTML 本身；<link rel="stylesheet"> 和 <link rel="modulepreload">；<script src>；
//         内联 <script type="module"> 与 JS 文件里的静态 import / export … from（递归）；
//         Astro 岛屿的 component-url、renderer-url、before-hydration-url。
//   不计入：动态 import()（点击后才加载的库，如 Excel 导出）、Pagefind 的搜索文件（搜索时才加载）、
//         图片和字体。
// 第二部分（scripts/bench-forms.mjs）：附件2、附件3 大表导出/导入的耗时（Node 与 Chromium），
//   以及各附件页面首次打开、导入 Excel（加载 SheetJS）、下载 Excel（加载 write-excel-file）时的下载量。
// 用法：npm run bench                     先 astro build 再统计
//       npm run bench -- --no-build        直接统计现有的 dist/
//       npm run bench -- --no-browser      附件部分只做 Node 计时（不启动 Chromium）
//       npm run bench -- --rows 2000       大表行数（默认 10000）
//       npm run bench -- --runs 5          每项计时次数（默认 3，另加 1 次预热）
//       npm run bench -- --no-forms        只统计页面下载量，不做附件部分
//       npm run bench -- --no-load         不测表单页首次打开的阻塞时间（scripts/bench-load.mjs）
//       npm run bench -- --no-download     不测 500 / 5 000 / 50 000 行台账的“下载 Excel”（scripts/bench-download.mjs）
//       npm run bench -- --no-typing       不测 5 000 行附件2/附件3 中每次按键的耗时（scripts/bench-typing.mjs）
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** 要统计的页面类型。path 为 null 时动态决定（见 resolvePageTargets）。 */
export const PAGE_TYPES = [
  { label: '首页', path: '/' },
  { label: '全文', path: '/plan/' },
  { label: '分行业指引', path: null, prefix: '/sectors/' },
  { label: '我的企业', path: '/my-enterprise/' },
  { label: '报送', path: '/reporting/' },
  { label: '附件', path: '/annexes/' },
  { label: '培训投影（全文）', path: '/training/plan/' },
  { label: '培训投影（分行业）', path: '/training/sectors/metal-smelting/' },
  { label: '培训投影（自查清单）', path: '/training/checklist/' },
  { label: '企业自查', path: '/self-check/' },
  { label: '汇总附件1', path: '/summary/annex1/' },
];

// ---------- 解析 ----------

function attrs(tag) {
  const out = {};
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const inner = tag.replace(/^<[^\s>/]+/, '').replace(/\/?>$/, '');
  let m;
  while ((m = re.exec(inner))) {
    out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

function decodeEntities(s) {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * 从 HTML 中找出首屏要下载的资源。
 * @returns {{ css: string[], js: string[], inlineModules: string[], islands: { component: string, renderer?: string }[] }}
 */
export function parseHtmlAssets(html) {
  const css = [];
  const js = [];
  const inlineModules = [];
  const islands = [];
  // 去掉注释，避免把注释里的标签算进去
  const clean = html.replace(/<!--[\s\S]*?-->/g, '');

  for (const m of clean.matchAll(/<link\b[^>]*>/gi)) {
    const a = attrs(m[0]);
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (!a.href) continue;
    if (rel.includes('stylesheet')) css.push(a.href);
    else if (rel.includes('modulepreload')) js.push(a.href);
  }

  for (const m of clean.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const a = attrs(`<script ${m[1]}>`);
    const type = (a.type ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    if (a.src) js.push(a.src);
    else if (type === 'module') inlineModules.push(m[2]);
  }

  for (const m of clean.matchAll(/<astro-island\b[^>]*>/gi)) {
    const a = attrs(m[0]);
    if (a['component-url']) {
      islands.push({ component: a['component-url'], renderer: a['renderer-url'] || undefined });
      js.push(a['component-url']);
    }
    if (a['renderer-url']) js.push(a['renderer-url']);
    if (a['before-hydration-url']) js.push(a['before-hydration-url']);
  }
  return { css, js, inlineModules, islands };
}

/**
 * JS 源码中的静态导入说明符：import x from "…"、import "…"、export … from "…"。
 * 动态 import("…") 不算。
 */
export function extractStaticImports(code) {
  const specs = [];
  const re =
    /(?:^|[^\w$.])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^{}]*\}\s*)?from\s*)?(["'])([^"'\n]+)\1/g;
  let m;
  while ((m = re.exec(code))) {
    specs.push(m[2]);
  }
  return specs.filter((s) => s.startsWith('./') || s.startsWith('../') || s.startsWith('/'));
}

// ---------- 统计 ----------

/** 把页面内的 URL 映射到 dist 中的文件；外部地址或 Pagefind 返回 null。 */
function urlToFile(distDir, baseUrl, ref) {
  let u;
  try {
    u = new URL(ref, baseUrl);
  } catch {
    return null;
  }
  if (u.origin !== new URL(baseUrl).origin) return null;
  const pathname = decodeURIComponent(u.pathname);
  if (pathname.startsWith('/pagefind/')) return null;
  const file = path.join(distDir, pathname);
  if (!file.startsWith(distDir + path.sep)) return null;
  return { file, url: u.href };
}

function sizes(buf) {
  return { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

/**
 * 统计一个页面首次打开时下载的文件。
 * @returns {{ page: string, files: { kind: 'html'|'js'|'css', path: string, raw: number, gzip: number }[], missing: string[], external: string[], islands: number }}
 */
export function analyzePage(distDir, pagePath) {
  distDir = path.resolve(distDir);
  const origin = 'http://site.invalid';
  const pageUrl = new URL(pagePath, origin).href;
  const htmlFile = path.join(distDir, pagePath, pagePath.endsWith('/') ? 'index.html' : '');
  const html = fs.readFileSync(htmlFile);
  const files = [{ kind: 'html', path: pagePath, ...sizes(html) }];
  const missing = [];
  const external = [];
  const seen = new Set();
  const { css, js, inlineModules, islands } = parseHtmlAssets(html.toString('utf8'));

  const add = (kind, ref, base) => {
    const target = urlToFile(distDir, base, ref);
    if (!target) {
      try {
        const u = new URL(ref, base);
        if (u.origin !== origin) external.push(ref);
      } catch {
        /* 忽略无法解析的地址 */
      }
      return;
    }
    if (seen.has(target.file)) return;
    seen.add(target.file);
    if (!fs.existsSync(target.file)) {
      missing.push(ref);
      return;
    }
    const buf = fs.readFileSync(target.file);
    files.push({
      kind,
      path: '/' + path.relative(distDir, target.file).split(path.sep).join('/'),
      ...sizes(buf),
    });
    if (kind === 'js') {
      for (const spec of extractStaticImports(buf.toString('utf8'))) add('js', spec, target.url);
    }
  };

  for (const href of css) add('css', href, pageUrl);
  for (const src of js) add('js', src, pageUrl);
  for (const code of inlineModules) {
    for (const spec of extractStaticImports(code)) add('js', spec, pageUrl);
  }
  return { page: pagePath, files, missing, external, islands: islands.length };
}

export function summarize(result) {
  const sum = (kind) =>
    result.files
      .filter((f) => !kind || f.kind === kind)
      .reduce((acc, f) => ({ raw: acc.raw + f.raw, gzip: acc.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { html: sum('html'), js: sum('js'), css: sum('css'), total: sum(null) };
}

/** 决定每类页面对应的实际路径；不存在的跳过。 */
export function resolvePageTargets(distDir) {
  const targets = [];
  for (const t of PAGE_TYPES) {
    let p = t.path;
    if (!p && t.prefix) {
      const dir = path.join(distDir, t.prefix);
      if (fs.existsSync(dir)) {
        const slugs = fs
          .readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.html')))
          .map((e) => e.name)
          .sort();
        // 按网站自己的顺序（列表页或首页导航中第一个链接）取第一页；找不到就按字母序
        let first;
        for (const listing of [path.join(dir, 'index.html'), path.join(distDir, 'index.html')]) {
          if (first || !fs.existsSync(listing)) continue;
          const html = fs.readFileSync(listing, 'utf8');
          const esc = t.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          for (const m of html.matchAll(new RegExp(`href="${esc}([^/"?#]+)/?"`, 'g'))) {
            if (slugs.includes(m[1])) {
              first = m[1];
              break;
            }
          }
        }
        first ??= slugs[0];
        if (first) p = `${t.prefix}${first}/`;
      }
    }
    if (p && fs.existsSync(path.join(distDir, p, 'index.html'))) targets.push({ label: t.label, path: p });
  }
  return targets;
}

// ---------- 输出 ----------

/** 终端显示宽度：中日韩字符和全角符号占 2 列。 */
export function displayWidth(s) {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}

function pad(s, width, align = 'left') {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** 把二维数组排成对齐的纯文本表格。aligns 中 'r' 表示右对齐。 */
export function table(rows, aligns = []) {
  const widths = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const lines = rows.map((row) =>
    row
      .map((cell, i) => pad(cell, widths[i], aligns[i] === 'r' ? 'right' : 'left'))
      .join('  ')
      .trimEnd(),
  );
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [lines[0], rule, ...lines.slice(1)].join('\n');
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function report(distDir) {
  const targets = resolvePageTargets(distDir);
  if (targets.length === 0) {
    console.log('dist/ 中没有找到要统计的页面（首页、全文、分行业指引、我的企业、报送、附件、培训投影）。');
    return;
  }
  const summaryRows = [
    ['页面', '路径', 'JS 原始', 'JS gzip', 'CSS 原始', 'CSS gzip', '合计原始', '合计 gzip', '岛屿 JS'],
  ];
  for (const t of targets) {
    const r = analyzePage(distDir, t.path);
    const s = summarize(r);
    console.log(`\n■ ${t.label}  ${t.path}`);
    const rows = [['类型', '文件', '原始', 'gzip']];
    for (const f of r.files) rows.push([f.kind.toUpperCase(), f.path, kb(f.raw), kb(f.gzip)]);
    rows.push([
      '',
      `JS 合计（${r.files.filter((f) => f.kind === 'js').length} 个文件）`,
      kb(s.js.raw),
      kb(s.js.gzip),
    ]);
    rows.push([
      '',
      `CSS 合计（${r.files.filter((f) => f.kind === 'css').length} 个文件）`,
      kb(s.css.raw),
      kb(s.css.gzip),
    ]);
    rows.push(['', '总计（含 HTML）', kb(s.total.raw), kb(s.total.gzip)]);
    console.log(table(rows, ['', '', 'r', 'r']));
    console.log(`岛屿 JS：${r.islands > 0 ? `有（${r.islands} 个岛屿）` : '无'}`);
    if (r.missing.length) console.log(`⚠ dist 中找不到：${r.missing.join('，')}`);
    if (r.external.length) console.log(`⚠ 引用了外部资源：${r.external.join('，')}`);
    summaryRows.push([
      t.label,
      t.path,
      kb(s.js.raw),
      kb(s.js.gzip),
      kb(s.css.raw),
      kb(s.css.gzip),
      kb(s.total.raw),
      kb(s.total.gzip),
      r.islands > 0 ? `有（${r.islands}）` : '无',
    ]);
  }
  console.log(
    '\n== 首次打开下载量汇总（gzip 为 zlib 第 9 级；1 KB = 1024 字节；不含 Pagefind 搜索文件、动态 import、图片和字体）==\n',
  );
  console.log(table(summaryRows, ['', '', 'r', 'r', 'r', 'r', 'r', 'r', '']));
}

function build() {
  const binDir = path.join(projectRoot, 'node_modules', '.bin');
  return new Promise((resolve) => {
    const child = spawn(path.join(binDir, process.platform === 'win32' ? 'astro.cmd' : 'astro'), ['build'], {
      cwd: projectRoot,
      stdio: 'inherit',
      shell: process.platform === 'win32',
      env: { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    child.on('error', (err) => {
      console.error(`无法运行 astro build：${err.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (isMain) {
  const args = process.argv.slice(2);
  const distArgIndex = args.indexOf('--dist');
  const distDir = path.resolve(distArgIndex >= 0 ? args[distArgIndex + 1] : path.join(projectRoot, 'dist'));
  const positiveInt = (flag, fallback) => {
    const i = args.indexOf(flag);
    if (i < 0) return fallback;
    const n = Number(args[i + 1]);
    if (!Number.isInteger(n) || n < 1) {
      console.error(`${flag} 后面要跟一个正整数`);
      process.exit(2);
    }
    return n;
  };
  const rows = positiveInt('--rows', 10_000);
  const runs = positiveInt('--runs', 3);
  if (!args.includes('--no-build')) {
    console.log('=== 构建网站（astro build）===');
    const code = await build();
    if (code !== 0) {
      console.error(`构建失败（退出码 ${code}）`);
      process.exit(code);
    }
  }
  if (!fs.existsSync(distDir)) {
    console.error(`没有找到 ${distDir}：请先运行 npm run build。`);
    process.exit(1);
  }
  report(distDir);
  if (!args.includes('--no-forms')) {
    const { runFormsBench } = await import('./bench-forms.mjs');
    await runFormsBench({
      projectRoot,
      distDir,
      rows,
      runs,
      browser: !args.includes('--no-browser'),
      table,
      kb,
      analyzePage,
    });
    if (!args.includes('--no-browser')) {
      const { runLedgersBench } = await import('./bench-ledgers.mjs');
      await runLedgersBench({ projectRoot, distDir });
      const { runSummaryBench } = await import('./bench-summary.mjs');
      await runSummaryBench({ projectRoot, distDir });
    }
  }
  if (!args.includes('--no-download') && !args.includes('--no-browser')) {
    const { runDownloadBench } = await import('./bench-download.mjs');
    await runDownloadBench({ projectRoot, distDir });
  }
  if (!args.includes('--no-typing') && !args.includes('--no-browser')) {
    const { runTypingBench } = await import('./bench-typing.mjs');
    await runTypingBench({ projectRoot, distDir, runs, table });
  }
  if (!args.includes('--no-load') && !args.includes('--no-browser')) {
    const { runLoadBench } = await import('./bench-load.mjs');
    await runLoadBench({ distDir, table });
  }
  if (!args.includes('--no-self-check') && !args.includes('--no-browser')) {
    const { runSelfCheckBench } = await import('./bench-self-check.mjs');
    await runSelfCheckBench({ distDir, runs, table });
  }
  if (!args.includes('--no-register') && !args.includes('--no-browser')) {
    const { runRegisterBench } = await import('./bench-register.mjs');
    await runRegisterBench({ distDir, runs, table });
  }
}
