// npm run bench 的“大表下载 Excel”部分（issue 16）：在 Chromium 里打开生产构建的 /annexes/annex3/（带网站自己的
// CSP），导入 500 / 5 000 / 50 000 行的台账 CSV、确认导入、填企业名称，然后点“下载 Excel”，记录从点击到开始下载
// 的时间、这期间主线程最长一次连续占用（工作簿在网站自己的 worker 里生成，页面不应冻结），以及有没有 CSP 拒绝。
// CSV 由 scripts/bench-forms/typing-entry.ts（esbuild 打包）用表格层生成。
// 用法：npm run bench（本节可用 --no-download 跳过）；BENCH_DOWNLOAD_ROWS=500,5000 只测这些行数。
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importBenchEntry, withSiteInChromium } from './bench-browser.mjs';

const SIZES = (process.env.BENCH_DOWNLOAD_ROWS ?? '500,5000,50000').split(',').map(Number);

export async function runDownloadBench({ projectRoot, distDir }) {
  const lib = await importBenchEntry(projectRoot, 'typing-entry.ts');
  const layout = lib.loadLayoutsFromFiles(projectRoot).annex3;

  return withSiteInChromium(distDir, '“大表下载 Excel”', async ({ browser, server }) => {
    console.log(`\n== 大表下载 Excel（Chromium ${browser.version()}，/annexes/annex3/，带 CSP）==\n`);
    for (const rows of SIZES) {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        serviceWorkers: 'block',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(600_000);
      const refused = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) refused.push(m.text());
      });
      await page.goto(new URL('annexes/annex3/', server.url).href);
      await page.waitForSelector('.annex-form[data-ready="true"]');
      await page.locator('.annex-actions input[type=file]').setInputFiles({
        name: '台账.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(lib.bigCsv(layout, rows)),
      });
      await page.getByRole('button', { name: '确认导入' }).click();
      await page.locator('.import-confirm').waitFor({ state: 'detached' });
      await page.getByLabel(/^企业名称/).fill('晋城市某某（集团）有限公司');
      await page.evaluate(() => {
        window.__longest = 0;
        window.__clickAt = 0;
        document.addEventListener('click', () => (window.__clickAt ||= performance.now()), true);
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            if (window.__clickAt && e.startTime >= window.__clickAt)
              window.__longest = Math.max(window.__longest, e.duration);
        }).observe({ type: 'longtask', buffered: false });
      });
      const t0 = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载 Excel' }).click(),
      ]);
      const seconds = (Date.now() - t0) / 1000;
      const file = await download.path();
      const size = file ? (await import('node:fs')).statSync(file).size : 0;
      const longest = await page.evaluate(() => window.__longest);
      console.log(
        `附件3 ${String(rows).padStart(6)} 行 → 下载 Excel：${seconds.toFixed(2)} 秒（点击到开始下载），文件 ${(size / 1024 / 1024).toFixed(2)} MB；` +
          `期间主线程最长连续占用 ${Math.round(longest)} ms；CSP 拒绝 ${refused.length ? `✗ ${refused.length} 次` : '✓ 无'}`,
      );
      await context.close();
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  await runDownloadBench({ projectRoot, distDir: path.join(projectRoot, 'dist') });
}
