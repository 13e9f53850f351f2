// npm run bench 的第二部分：附件2、附件3 大表（默认 10 000 行）导出/导入的耗时（Node 与 Chromium），
// 以及各附件页面首次打开、导入 Excel（加载 SheetJS）和下载 Excel（加载 write-excel-file）时下载的字节数。
//
//   Node：scripts/bench-forms/node-entry.ts 用 esbuild 打包到 node_modules/.cache/bench/ 后导入，
//         直接调用 src/lib/table 的 exportXlsxBytes、readXlsx、toCsv+csvBytes、parseCsv。
//   Chromium（playwright-core + 系统 Chromium，dist/ 由 scripts/serve.mjs 提供）：
//     · 页面内直接调用：scripts/bench-forms/browser-entry.ts 打包后注入附件页面，同样的四项操作；
//     · 真实界面：通过文件输入框导入 Excel/CSV（到出现“确认导入”），点“确认导入”（到表格画出），
//       补填导入后缺的填报信息（每次输入到画出），点“下载 Excel”/“下载 CSV”（到开始下载）。
//     · 下载量：各附件页首次打开，导入一个小 Excel、再下载 Excel 时新下载的文件（page.on('response')）。
//   每项先预热 1 次，再计时 runs 次取中位数；界面的“首次”是页面里第一次操作（含下载按需加载的库）。
//   导入结果与原数据逐行逐格比对（往返校验），不一致时标 ✗ —— 计时只有在数据完整时才有意义。
//   BENCH_DEBUG=1 时在 stderr 打印每一步的进度。
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { ESBUILD_ALIAS } from '../src/lib/build/aliases.mjs';

const ANNEX_NUMBERS = { annex1: 1, annex2: 2, annex3: 3, annex4: 4, annex5: 5 };
const BIG_ANNEXES = ['annex2', 'annex3'];
/** 大表的界面操作可能很慢：单步最多等这么久。 */
const UI_TIMEOUT = 180_000;

const t0 = performance.now();
/** BENCH_DEBUG=1 时在 stderr 打印进度。 */
const debug = (...args) =>
  process.env.BENCH_DEBUG && console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s]`, ...args);
const ms = (x) => (x === undefined || x === null ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const label = (id) => `附件${ANNEX_NUMBERS[id]}`;
const check = (problems) =>
  problems === undefined ? '' : problems.length === 0 ? '✓ 一致' : `✗ ${problems.join('；')}`;
const gzipLen = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? undefined : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** 用 esbuild 打包 scripts/bench-forms/ 下的入口。Node 版写进项目内的缓存目录（这样才能找到 node_modules 里的包）。 */
async function bundle(projectRoot, entry, platform) {
  const esbuild = await import('esbuild');
  const options = {
    entryPoints: [path.join(projectRoot, 'scripts', 'bench-forms', entry)],
    bundle: true,
    platform,
    format: 'esm',
    target: platform === 'node' ? 'node20' : 'es2022',
    logLevel: 'warning',
    legalComments: 'none',
    alias: ESBUILD_ALIAS,
  };
  if (platform === 'node') {
    const outfile = path.join(projectRoot, 'node_modules', '.cache', 'bench', entry.replace(/\.ts$/, '.mjs'));
    await esbuild.build({ ...options, packages: 'external', outfile });
    return outfile;
  }
  const result = await esbuild.build({ ...options, write: false, minify: true });
  return result.outputFiles[0].text;
}

function opsTable(table, results) {
  const rows = [['附件', '操作', '行数', '中位数 ms', '各次 ms', '文件大小', '往返校验']];
  for (const { id, ops } of results) {
    for (const o of ops) {
      rows.push([
        label(id),
        o.op,
        String(o.rows),
        ms(o.median),
        o.times.map(ms).join(' / '),
        `${(o.bytes / 1024).toFixed(1)} KB`,
        o.op.startsWith('导入') ? check(o.problems) : '',
      ]);
    }
  }
  return table(rows, ['', '', 'r', 'r', 'r', 'r', '']);
}

// ---------- Chromium ----------

async function newPage(browser, siteUrl) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    // The bench injects its own measuring script, which the site's Content-Security-Policy would refuse
    // (tests/browser/csp.test.ts checks the policy); and the offline worker would precache the whole site
    // in the background while the timings run.
    bypassCSP: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
  const origin = new URL(siteUrl).origin;
  await page.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
  );
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

async function gotoForm(page, siteUrl, id) {
  await page.goto(new URL(`annexes/${id}/`, siteUrl).href, { waitUntil: 'load' });
  await page.waitForSelector('.annex-form[data-ready="true"]');
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
}

/** 页面内的计时工具：change 事件（捕获阶段，早于岛屿自己的处理）、开始下载（<a download>.click()）、等元素出现后再等一帧。 */
function installUiHooks(page) {
  return page.evaluate((timeout) => {
    const ui = { change: 0, download: 0, downloadName: '' };
    window.__ui = ui;
    document.addEventListener('change', () => (ui.change = performance.now()), true);
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) {
        ui.download = performance.now();
        ui.downloadName = this.download;
      }
      return click.call(this);
    };
    /** 等 test() 为真（DOM 变化时检查），再等下一帧画出，返回 performance.now()；超时则报错。 */
    window.__until = (test) =>
      new Promise((resolve, reject) => {
        const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        if (test()) return done();
        const obs = new MutationObserver(() => {
          if (test()) {
            obs.disconnect();
            clearTimeout(timer);
            done();
          }
        });
        const timer = setTimeout(() => {
          obs.disconnect();
          reject(new Error(`等待页面超时（${timeout / 1000} 秒）`));
        }, timeout);
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
  }, UI_TIMEOUT);
}

/** 选择文件导入，返回从 change 到出现“确认导入”（或错误摘要）画出的毫秒数，以及读到的行数。 */
async function uiImport(page, file) {
  await page.evaluate(() => {
    window.__ui.change = 0;
    window.__importDone = window.__until(
      () =>
        document.querySelector('.import-confirm') ||
        [...document.querySelectorAll('.error-summary')].some((e) => e.textContent?.includes('无法导入')),
    );
  });
  await page.locator('.annex-form input[type=file]').setInputFiles(file);
  return page.evaluate(async () => {
    const end = await window.__importDone;
    const confirm = document.querySelector('.import-confirm');
    const rows = confirm
      ? Number(/读取成功：\s*(\d+)\s*行/.exec(confirm.textContent ?? '')?.[1] ?? NaN)
      : null;
    const error = confirm
      ? ''
      : (
          [...document.querySelectorAll('.error-summary')].find((e) => e.textContent?.includes('无法导入'))
            ?.textContent ?? '导入失败'
        ).slice(0, 160);
    return { ms: end - window.__ui.change, rows, error };
  });
}

async function uiCancelImport(page) {
  await page.evaluate(async () => {
    const cancel = [...document.querySelectorAll('.import-confirm button')].find(
      (b) => b.textContent?.trim() === '取消',
    );
    cancel?.click();
    await window.__until(() => !document.querySelector('.import-confirm'));
  });
}

/** 点“确认导入”，到表格画出第一页（长表每页 50 行，见 src/lib/table/paging.ts）。 */
function uiConfirm(page, rows) {
  return page.evaluate(async (rows) => {
    const button = [...document.querySelectorAll('.import-confirm button')].find(
      (b) => b.textContent?.trim() === '确认导入',
    );
    if (!button) throw new Error('找不到“确认导入”按钮');
    const t0 = performance.now();
    button.click();
    const pageRows = Math.min(rows, 50);
    const end = await window.__until(
      () =>
        document.querySelectorAll('.annex-body tbody tr').length === pageRows &&
        !document.querySelector('.import-confirm'),
    );
    return end - t0;
  }, rows);
}

/**
 * 把导入后缺的填报信息补上（CSV 不含填报信息），
 * 每个字段一次输入（如粘贴），计时到画出下一帧。
 */
function uiFillFields(page, fields) {
  return page.evaluate(async (fields) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const times = [];
    for (const [key, value] of Object.entries(fields)) {
      const input = document.getElementById(`field-${key}`);
      if (!input || input.value === value) continue;
      const t0 = performance.now();
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      times.push(performance.now() - t0);
    }
    return times;
  }, fields);
}

/** 点下载按钮，到开始下载（<a download> 被点击）；没有下载时返回页面上的提示。 */
function uiDownload(page, buttonText) {
  return page.evaluate(
    async ({ buttonText, timeout }) => {
      const button = [...document.querySelectorAll('.annex-actions button')].find(
        (b) => b.textContent?.trim() === buttonText,
      );
      if (!button) throw new Error(`找不到“${buttonText}”按钮`);
      window.__ui.download = 0;
      const t0 = performance.now();
      button.click();
      const started = Date.now();
      while (!window.__ui.download && Date.now() - started < timeout) {
        if (document.querySelector('.error-summary')?.textContent?.includes('下载前请先改正')) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      if (!window.__ui.download) {
        return {
          ms: null,
          error: (
            document.querySelector('.error-summary, .action-notice')?.textContent ?? '没有开始下载'
          ).slice(0, 160),
        };
      }
      return { ms: window.__ui.download - t0, error: '' };
    },
    { buttonText, timeout: UI_TIMEOUT },
  );
}

/** 真实界面：导入 Excel/CSV、确认导入、下载 Excel/CSV。 */
async function uiBench(browser, siteUrl, id, files, runs) {
  const { context, page, errors } = await newPage(browser, siteUrl);
  const out = [];
  try {
    await gotoForm(page, siteUrl, id);
    await installUiHooks(page);
    // 下载事件要消费掉，否则 Playwright 会一直保留
    page.on('download', (d) => void d.delete().catch(() => {}));

    const importRuns = async (file, op) => {
      const times = [];
      let last;
      for (let i = 0; i <= runs; i++) {
        if (i > 0) await uiCancelImport(page);
        last = await uiImport(page, file);
        debug(id, op, i, last);
        times.push(last.ms);
        if (last.error) break;
      }
      out.push({
        op,
        rows:
          last.rows === null
            ? `${files.rows}→失败`
            : last.rows === files.rows
              ? String(files.rows)
              : `${files.rows}→${last.rows}`,
        first: times[0],
        median: median(times.slice(1)),
        n: times.length - 1,
        note:
          last.error ||
          (last.rows !== files.rows ? `✗ 文件有 ${files.rows} 行，界面只读到 ${last.rows} 行` : ''),
      });
      return last;
    };

    const xlsx = await importRuns(files.xlsx, '导入 Excel（选文件→出现“确认导入”）');
    await uiCancelImport(page);
    const csv = await importRuns(files.csv, '导入 CSV（选文件→出现“确认导入”）');
    // 确认读到行数最多的那次导入（相同时用 Excel），让后面的下载尽量是完整的大表
    const useXlsx = !xlsx.error && (csv.error || xlsx.rows >= csv.rows);
    const chosen = useXlsx ? xlsx : csv;
    if (chosen.error) return out;
    if (useXlsx) {
      await uiCancelImport(page);
      await uiImport(page, files.xlsx);
    }
    const confirmMs = await uiConfirm(page, chosen.rows);
    debug(id, 'confirm', confirmMs);
    out.push({
      op: `确认导入 ${useXlsx ? 'Excel' : 'CSV'}（点按钮→表格画出）`,
      rows: String(chosen.rows),
      first: confirmMs,
      median: undefined,
      n: 0,
      note: '',
    });
    const typing = await uiFillFields(page, files.fields);
    debug(id, 'typing', typing);
    if (typing.length) {
      out.push({
        op: '补填填报信息（输入一个字段→画出）',
        rows: String(chosen.rows),
        first: typing[0],
        median: typing.length > 1 ? median(typing) : undefined,
        n: typing.length > 1 ? typing.length : 0,
        note: '',
      });
    }

    for (const [button, op] of [
      ['下载 Excel', '下载 Excel（点按钮→开始下载）'],
      ['下载 CSV', '下载 CSV（点按钮→开始下载）'],
    ]) {
      const times = [];
      let error = '';
      for (let i = 0; i <= runs; i++) {
        const r = await uiDownload(page, button);
        debug(id, button, i, r);
        if (r.error) {
          error = r.error;
          break;
        }
        times.push(r.ms);
      }
      out.push({
        op,
        rows: String(chosen.rows),
        first: times[0],
        median: median(times.slice(1)),
        n: Math.max(0, times.length - 1),
        note: error,
      });
    }
    if (errors.length) out.push({ op: '页面错误', rows: '', note: errors.slice(0, 3).join('；') });
  } finally {
    await context.close();
  }
  return out;
}

/** 首次打开、导入一个小 Excel（加载 SheetJS）、下载 Excel（加载 write-excel-file）各阶段新下载的文件。 */
async function bytesBench(browser, siteUrl, id, sampleXlsx, { guidance = false } = {}) {
  const { context, page, errors } = await newPage(browser, siteUrl);
  const seen = new Set();
  let pending = [];
  let current = [];
  page.on('response', (response) => {
    const url = response.url();
    if (seen.has(url) || response.status() >= 300) return;
    seen.add(url);
    const bucket = current;
    pending.push(
      response
        .body()
        .then((body) => {
          const type = (response.headers()['content-type'] ?? '').split(';')[0];
          bucket.push({
            url,
            path: new URL(url).pathname,
            js: /javascript/.test(type) || /\.m?js$/.test(url),
            raw: body.length,
            gzip: gzipLen(body),
          });
        })
        .catch(() => {}),
    );
  });
  const phase = async (run) => {
    current = [];
    const files = current;
    await run();
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    await Promise.all(pending);
    pending = [];
    return files;
  };
  try {
    if (guidance) {
      // 指引页（同样的 Starlight 框架和搜索，没有表单）：用来算出表单自身的 JS
      const first = await phase(async () => {
        await page.goto(new URL(id, siteUrl).href, { waitUntil: 'load' });
        await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      });
      return { id, first, afterImport: [], afterExport: [], problems: errors };
    }
    const first = await phase(() => gotoForm(page, siteUrl, id));
    await installUiHooks(page);
    page.on('download', (d) => void d.delete().catch(() => {}));
    let importError = '';
    const afterImport = await phase(async () => {
      const r = await uiImport(page, sampleXlsx);
      importError = r.error;
    });
    let exportError = importError ? '没有可下载的数据' : '';
    const afterExport = importError
      ? []
      : await phase(async () => {
          await uiConfirm(
            page,
            await page.evaluate(() =>
              Number(
                /读取成功：\s*(\d+)\s*行/.exec(
                  document.querySelector('.import-confirm')?.textContent ?? '',
                )?.[1] ?? 0,
              ),
            ),
          );
          exportError = (await uiDownload(page, '下载 Excel')).error;
        });
    return {
      id,
      first,
      afterImport,
      afterExport,
      problems: [importError, exportError, ...errors].filter(Boolean),
    };
  } finally {
    await context.close();
  }
}

const sum = (files, pred = () => true) =>
  files.filter(pred).reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });

// ---------- 主流程 ----------

/**
 * @param {{ projectRoot: string, distDir: string, rows?: number, runs?: number, browser?: boolean,
 *           table: Function, kb: Function, analyzePage: Function }} options 表格、KB 与静态统计函数由 bench.mjs 传入（避免与它循环导入）
 */
export async function runFormsBench({
  projectRoot,
  distDir,
  rows = 10_000,
  runs = 3,
  browser: withBrowser = true,
  table,
  kb,
  analyzePage,
}) {
  const started = performance.now();
  const lib = await import(
    pathToFileURL(await bundle(projectRoot, 'node-entry.ts', 'node')).href + `?t=${Date.now()}`
  );
  const layouts = lib.loadLayoutsFromFiles(projectRoot);

  console.log(
    `\n== 附件2、附件3 导出与导入耗时（${rows} 行；每项预热 1 次后计时 ${runs} 次，取中位数；1 KB = 1024 字节）==`,
  );
  console.log(`\n■ Node ${process.version}（直接调用 src/lib/table）\n`);
  const nodeResults = [];
  for (const id of BIG_ANNEXES) nodeResults.push({ id, ops: await lib.benchAnnex(layouts[id], rows, runs) });
  console.log(opsTable(table, nodeResults));

  if (!withBrowser) {
    console.log(
      `\n（--no-browser：跳过 Chromium 计时和页面下载量）\n附件部分用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`,
    );
    return;
  }

  const { CHROMIUM_ARGS, findChromium } = await import('./ensure-chromium.mjs');
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(
      '\n⚠ 未找到 Chromium（先运行 node scripts/ensure-chromium.mjs 或设置 CHROME_PATH），跳过浏览器部分。',
    );
    return;
  }
  if (!fs.existsSync(path.join(distDir, 'annexes', 'annex2', 'index.html'))) {
    console.log(`\n⚠ ${distDir} 中没有附件页面，跳过浏览器部分（请先 npm run build）。`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./serve.mjs');
  const server = await startServer({ root: distDir, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const version = browser.version();

    // 页面内直接调用库
    const browserCode = await bundle(projectRoot, 'browser-entry.ts', 'browser');
    console.log(
      `\n■ Chromium ${version}（页面内直接调用 src/lib/table：esbuild 打包后注入 /annexes/annex2/、/annexes/annex3/）\n`,
    );
    const inPage = [];
    for (const id of BIG_ANNEXES) {
      const { context, page } = await newPage(browser, server.url);
      try {
        await gotoForm(page, server.url, id);
        await page.addScriptTag({ content: browserCode, type: 'module' });
        await page.waitForFunction(() => globalThis.__formsBench !== undefined);
        const ops = await page.evaluate(
          ({ layout, rows, runs }) => globalThis.__formsBench.benchAnnex(layout, rows, runs),
          {
            layout: layouts[id],
            rows,
            runs,
          },
        );
        inPage.push({ id, ops });
      } finally {
        await context.close();
      }
    }
    console.log(opsTable(table, inPage));

    // 真实界面
    console.log(
      `\n■ Chromium ${version}：真实界面（/annexes/annexN/；“首次”含下载按需加载的库，其后计时 ${runs} 次取中位数；时间含画出下一帧）\n`,
    );
    const uiRows = [['附件', '操作', '行数', '首次 ms', '中位数 ms', '次数', '说明']];
    for (const id of BIG_ANNEXES) {
      const data = lib.bigAnnex(layouts[id], rows);
      const n = ANNEX_NUMBERS[id];
      const files = {
        rows,
        fields: data.fields,
        xlsx: {
          name: `附件${n}_${rows}行.xlsx`,
          mimeType: 'application/octet-stream',
          buffer: Buffer.from(await lib.exportXlsxBytes(layouts[id], data)),
        },
        csv: {
          name: `附件${n}_${rows}行.csv`,
          mimeType: 'text/csv',
          buffer: Buffer.from(lib.csvBytes(lib.toCsv(layouts[id], data))),
        },
      };
      for (const r of await uiBench(browser, server.url, id, files, runs)) {
        uiRows.push([
          label(id),
          r.op,
          r.rows,
          ms(r.first),
          ms(r.median),
          r.n ? String(r.n) : '',
          r.note ?? '',
        ]);
      }
    }
    console.log(table(uiRows, ['', '', 'r', 'r', 'r', 'r', '']));

    // 下载量
    const sampleData = lib.samples(layouts);
    const bytes = [];
    for (const id of Object.keys(ANNEX_NUMBERS)) {
      if (!layouts[id] || !fs.existsSync(path.join(distDir, 'annexes', id, 'index.html'))) continue;
      const sample = {
        name: `附件${ANNEX_NUMBERS[id]}_示例.xlsx`,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(await lib.exportXlsxBytes(layouts[id], sampleData[id])),
      };
      bytes.push(await bytesBench(browser, server.url, id, sample));
    }
    console.log(
      '\n■ 附件页面下载量（Chromium 实测响应体，本地服务器不压缩；gzip 为 zlib 第 9 级；导入用各附件的示例小文件）\n',
    );
    const isJs = (f) => f.js;
    const byteRows = [
      [
        '页面',
        '首次 JS 原始',
        'gzip',
        '首次合计原始',
        'gzip',
        '其中静态统计未计 JS/CSS',
        '表单自身 JS gzip（上限 40 KB）',
        '导入 Excel 新增 JS 原始',
        'gzip',
        '下载 Excel 新增 JS 原始',
        'gzip',
      ],
    ];
    const unlisted = new Map();
    // 表单自身的 JS：首次打开时下载、而指引页 /annexes/ 不下载的 JS（框架、搜索等各页共有的不算）
    const guidePage = await bytesBench(browser, server.url, 'annexes/', null, { guidance: true });
    const shared = new Set(guidePage.first.filter(isJs).map((f) => f.path));
    for (const b of bytes) {
      const own = sum(
        b.first.filter((f) => isJs(f) && !shared.has(f.path)),
        isJs,
      );
      const fj = sum(b.first, isJs);
      const ft = sum(b.first);
      const ij = sum(b.afterImport, isJs);
      const ej = sum(b.afterExport, isJs);
      // 与第一部分的静态统计（analyzePage）对照：首次打开时浏览器实际还下载了哪些文件
      const listed = new Set(analyzePage(distDir, `/annexes/${b.id}/`).files.map((f) => f.path));
      const extra = b.first.filter((f) => (f.js || f.path.endsWith('.css')) && !listed.has(f.path));
      for (const f of extra) unlisted.set(f.path, f);
      byteRows.push([
        `${label(b.id)} /annexes/${b.id}/`,
        kb(fj.raw),
        kb(fj.gzip),
        kb(ft.raw),
        kb(ft.gzip),
        kb(sum(extra).raw),
        `${kb(own.gzip)}${own.gzip > 40 * 1024 ? ' ⚠ 超过' : ''}`,
        kb(ij.raw),
        kb(ij.gzip),
        kb(ej.raw),
        kb(ej.gzip),
      ]);
    }
    console.log(table(byteRows, ['', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
    if (unlisted.size) {
      const list = [...unlisted.values()]
        .map((f) => `${f.path}（${kb(f.raw)}，gzip ${kb(f.gzip)}）`)
        .join('，');
      console.log(`静态统计未计、但首次打开时就会下载的文件（页面加载后由动态 import() 请求）：${list}`);
    }
    for (const b of bytes) if (b.problems.length) console.log(`⚠ ${label(b.id)}：${b.problems.join('；')}`);

    // 按需加载的文件（各附件页通常相同，列出第一页的）
    const lazy = bytes.find((b) => b.afterImport.length || b.afterExport.length);
    if (lazy) {
      console.log(`\n按需加载的文件（${label(lazy.id)}；其他附件页相同的文件名即同一份文件）：\n`);
      const lazyRows = [['时机', '文件', '原始', 'gzip']];
      for (const [when, files] of [
        ['导入 Excel', lazy.afterImport],
        ['下载 Excel', lazy.afterExport],
      ]) {
        for (const f of [...files].sort((a, b) => b.raw - a.raw))
          lazyRows.push([when, f.path, kb(f.raw), kb(f.gzip)]);
      }
      console.log(table(lazyRows, ['', '', 'r', 'r']));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\n附件部分用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
}
