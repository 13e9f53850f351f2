// npm run bench 的企业自查部分：在 Chromium 中打开“全部企业类型 + 全部回答”的自查（约 200 条），
// 计时：打开到全部条目可操作、把每条标为“不符合”（判定标准条款为“存在该情形”，各算一处隐患）后下载报告 Excel、导出自查文件。每项 runs 次取中位数。
import { performance } from 'node:perf_hooks';

const ALL =
  '/self-check/?kinds=metal-smelting,natural-gas,dust-explosion,confined-space,cold-storage,non-coal-mine' +
  '&mem10-industry=metallurgy,nonferrous,building-materials,machinery,light-industry,textile,tobacco,commerce' +
  '&liquid-ammonia=yes&confined-poisoning=yes&mine-kind=underground,open-pit,tailings';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runSelfCheckBench({ distDir, runs, table }) {
  const { CHROMIUM_ARGS, findChromium } = await import('./ensure-chromium.mjs');
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('\n⚠ 未找到 Chromium，跳过企业自查计时。');
    return;
  }
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./serve.mjs');
  const server = await startServer({ root: distDir, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const open = [];
  const report = [];
  const file = [];
  let items = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(new URL(ALL, server.url).href);
      await page.locator('.sc-item').first().waitFor();
      open.push(performance.now() - t0);
      items = await page.locator('.sc-item').count();
      // Every item a hazard of its own (plan items 不符合 and separate, criteria 存在该情形), in one draft
      // write (the island's own code path is timed by the clicks below).
      await page.evaluate(() => {
        const key = 'jc76.self-check';
        const env = JSON.parse(localStorage.getItem(key));
        const check = env.data.checks.find((c) => c.id === env.data.current);
        for (const el of document.querySelectorAll('.sc-item')) {
          const id = el.getAttribute('data-item');
          check.results[id] = /^(mem10|mine)-/.test(id)
            ? { status: '存在该情形', deadline: '2025-01-01' }
            : { status: '不符合', deadline: '2025-01-01', separate: true };
        }
        localStorage.setItem(key, JSON.stringify(env));
      });
      await page.reload();
      await page
        .locator('.sc-hazard')
        .nth(items - 1)
        .waitFor();
      let t = performance.now();
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载报告 Excel' }).click(),
      ]);
      report.push(performance.now() - t);
      t = performance.now();
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '导出自查文件' }).click(),
      ]);
      file.push(performance.now() - t);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\n■ 企业自查（Chromium，全部企业类型和回答，${items} 条；${runs} 次取中位数）\n`);
  console.log(
    table(
      [
        ['操作', '中位数 ms', '首次 ms'],
        ['打开到全部条目可操作', median(open).toFixed(0), open[0].toFixed(0)],
        [`${items} 条全部不符合时下载报告 Excel`, median(report).toFixed(0), report[0].toFixed(0)],
        ['导出自查文件', median(file).toFixed(0), file[0].toFixed(0)],
      ],
      ['', 'r', 'r'],
    ),
  );
}
