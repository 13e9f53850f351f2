// npm run bench 的第三部分：由台账汇总附件4 —— 300 个台账文件（各 50 行，.xlsx）在 Chromium 里通过
// /confined-space/ledgers/ 的文件输入框一次选中，从 change 事件到页面显示“合计包括 300 个台账文件”的耗时。
// 文件由 scripts/bench-forms/ledgers-entry.ts（esbuild 打包）用表格层生成；结果与预期的合计逐格比对。
import { importBenchEntry, withSiteInChromium } from './bench-browser.mjs';

const FILES = Number(process.env.BENCH_LEDGER_FILES ?? 300);
const ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 50);

export async function runLedgersBench({ projectRoot, distDir }) {
  const lib = await importBenchEntry(projectRoot, 'ledgers-entry.ts');
  const layout = lib.loadLayoutsFromFiles(projectRoot).annex3;
  const files = await lib.ledgerFiles(layout, FILES, ROWS);
  const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  // Expected 合计: each file cycles 高/中/低 with 数量 1, 2, 3.
  const per = { sites: 0, high: 0, medium: 0, low: 0 };
  for (let i = 0; i < ROWS; i++) {
    const n = (i % 3) + 1;
    per.sites += n;
    per[['high', 'medium', 'low'][i % 3]] += n;
  }
  const expected = [FILES, per.sites * FILES, per.high * FILES, per.medium * FILES, per.low * FILES].map(
    String,
  );

  return withSiteInChromium(distDir, '“由台账汇总附件4”', async ({ browser, server }) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(new URL('confined-space/ledgers/', server.url).href);
    await page.waitForSelector('.ledger-stats[data-ready="true"]');
    await page.evaluate(() => {
      window.__changeAt = 0;
      document.addEventListener('change', () => (window.__changeAt ||= performance.now()), true);
    });
    await page.locator('input[type="file"]').setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(f.bytes),
      })),
    );
    const doneAt = await page.waitForFunction(
      (n) => {
        const t = document.querySelector('.ledger-total');
        return t && t.textContent.includes(`合计包括 ${n} 个台账文件`) ? performance.now() : false;
      },
      FILES,
      { polling: 50 },
    );
    const ms = (await doneAt.jsonValue()) - (await page.evaluate(() => window.__changeAt));
    // The preview is the 附件4 sheet itself (SheetTable): the 合计 row's last five cells are the numbers.
    const total = await page
      .locator('.annex4-preview tbody tr', { hasText: '合计' })
      .last()
      .evaluate((r) => [...r.children].slice(-5).map((c) => c.textContent.trim()));
    const ok = JSON.stringify(total) === JSON.stringify(expected);
    console.log(`\n== 由台账汇总附件4（Chromium ${browser.version()}，/confined-space/ledgers/）==\n`);
    console.log(
      `${FILES} 个台账文件 × ${ROWS} 行（.xlsx，共 ${(totalBytes / 1024 / 1024).toFixed(1)} MB）→ 附件4：${(ms / 1000).toFixed(2)} 秒（选中文件到显示合计）；合计 ${ok ? '✓ 一致' : `✗ ${total.join(',')}，应为 ${expected.join(',')}`}`,
    );
    await context.close();
  });
}
