// npm run bench 的“汇总附件1”部分：500 个附件1文件（默认各 1 个月，BENCH_SUMMARY_SINGLE=0 时各 3 个月；.xlsx，每个乡镇一个）在 Chromium 里通过
// /summary/annex1/ 的文件输入框一次选中，从 change 事件到页面显示“合计包括 500 个文件”的耗时；
// 同时记录读取期间主线程最长一次连续占用（页面不应冻结）。结果的累计与预期逐格比对。
// 文件由 scripts/bench-forms/summary-entry.ts（esbuild 打包）用表格层生成。
import { importBenchEntry, withSiteInChromium } from './bench-browser.mjs';

const FILES = Number(process.env.BENCH_SUMMARY_FILES ?? 500);
const MONTHS = 3;
/** BENCH_SUMMARY_SINGLE=0: every file holds 5月–7月; by default each holds one month (issue 16). */
const SINGLE = process.env.BENCH_SUMMARY_SINGLE !== '0';

export async function runSummaryBench({ projectRoot, distDir }) {
  const lib = await importBenchEntry(projectRoot, 'summary-entry.ts');
  const layout = lib.loadLayoutsFromFiles(projectRoot).annex1;
  const files = await lib.annex1Files(layout, FILES, MONTHS, SINGLE);
  const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const columns = layout.columns.filter((c) => c.type === 'count').length;
  const expected = Array.from({ length: columns }, () => String(SINGLE ? FILES : FILES * MONTHS));

  return withSiteInChromium(distDir, '“汇总附件1”', async ({ browser, server }) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(new URL('summary/annex1/', server.url).href);
    await page.waitForSelector('.annex-summary[data-ready="true"]');
    await page.evaluate(() => {
      window.__changeAt = 0;
      window.__longest = 0;
      document.addEventListener('change', () => (window.__changeAt ||= performance.now()), true);
      // Long tasks after the change event only: before it, the test harness itself builds the 500 File objects.
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (window.__changeAt && e.startTime >= window.__changeAt)
            window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.locator('input[type="file"]').setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(f.bytes),
      })),
    );
    const doneAt = await page.waitForFunction(
      (n) => {
        const t = document.querySelector('.summary-total');
        return t && t.textContent.includes(`合计包括 ${n} 个文件`) ? performance.now() : false;
      },
      FILES,
      { polling: 50 },
    );
    const ms = (await doneAt.jsonValue()) - (await page.evaluate(() => window.__changeAt));
    const longest = await page.evaluate(() => window.__longest);
    const total = await page
      .locator('.summary-result tr')
      .filter({ has: page.locator('td.cell-total') })
      .locator('td')
      .allInnerTexts();
    const got = total.slice(1);
    const ok = JSON.stringify(got) === JSON.stringify(expected);
    console.log(`\n== 汇总附件1（Chromium ${browser.version()}，/summary/annex1/）==\n`);
    console.log(
      `${FILES} 个附件1文件${SINGLE ? `（各 1 个月，5月–${4 + MONTHS}月轮流）` : ` × ${MONTHS} 个月`}（.xlsx，共 ${(totalBytes / 1024 / 1024).toFixed(1)} MB）→ 汇总：${(ms / 1000).toFixed(2)} 秒（选中文件到显示合计）；读取期间主线程最长连续占用 ${Math.round(longest)} ms；累计 ${ok ? '✓ 一致' : `✗ ${got.join(',')}，应为 ${expected.join(',')}`}`,
    );
    await context.close();
  });
}
