// npm run bench 的一部分：表单页在手机上首次打开时主线程被占住多久（Lighthouse 的“总阻塞时间 TBT”）。
// 在 Chromium 里以 412×823 的手机视口打开每个附件页（不用缓存和 Service Worker），录下性能跟踪，
// 取首次内容绘制（FCP）之后主线程上的每个任务：按线程 CPU 时间 × 4 估算慢手机上的耗时
// （Lighthouse 移动端同样按 4 倍 CPU 减速模拟），超过 50 ms 的部分计入阻塞时间。
// 用线程 CPU 时间而不是墙钟时间，是为了少受同一台机器上其他进程的影响；每页测 RUNS 次取中位数。
// /annexes/（附件总览，没有表单岛屿）作参照。
import { withSiteInChromium } from './bench-browser.mjs';
import { pathToFileURL } from 'node:url';

const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 5);
const SLOWDOWN = 4;
export const LOAD_PAGES = [
  '/annexes/',
  '/annexes/annex1/',
  '/annexes/annex2/',
  '/annexes/annex3/',
  '/annexes/annex4/',
  '/annexes/annex5/',
];

/**
 * 从一次页面加载的跟踪事件里算出 FCP 之后主线程任务的估计耗时（ms，已乘减速倍数）。
 * @param {any[]} traceEvents
 * @returns {{ tasks: number[], tbt: number, longest: number }}
 */
export function blockingFromTrace(traceEvents, slowdown = SLOWDOWN) {
  const mains = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's own main thread: the one that painted its first content (a trace can hold other renderers).
  const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint' && mains.has(`${e.pid}:${e.tid}`));
  const thread = fcp ? `${fcp.pid}:${fcp.tid}` : null;
  const onPage = (e) => (thread ? `${e.pid}:${e.tid}` === thread : mains.has(`${e.pid}:${e.tid}`));
  const tasks = traceEvents
    .filter((e) => onPage(e) && e.ph === 'X' && e.name === 'RunTask' && (!fcp || e.ts >= fcp.ts))
    .map((e) => ((e.tdur ?? e.dur) / 1000) * slowdown);
  return {
    tasks,
    tbt: tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
    longest: tasks.reduce((max, ms) => Math.max(max, ms), 0),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
};

export async function runLoadBench({ distDir, table }) {
  return withSiteInChromium(distDir, '“表单页首次打开的阻塞时间”', async ({ browser, server }) => {
    const rows = [];
    for (const pagePath of LOAD_PAGES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({
          viewport: { width: 412, height: 823 },
          isMobile: true,
          hasTouch: true,
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        await browser.startTracing(page, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
        });
        await page.goto(new URL(pagePath, server.url).href, { waitUntil: 'load' });
        // Hydration, the draft check and the work after them happen in the second after load.
        await page.waitForTimeout(3000);
        const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
        runs.push(blockingFromTrace(traceEvents));
        await context.close();
      }
      rows.push([
        pagePath,
        `${median(runs.map((r) => r.tbt)).toFixed(0)} ms`,
        `${median(runs.map((r) => r.longest)).toFixed(0)} ms`,
        runs.map((r) => r.tbt.toFixed(0)).join(' / '),
      ]);
    }
    console.log(
      `\n== 表单页首次打开的阻塞时间（Chromium ${browser.version()}，412×823，线程 CPU 时间 × ${SLOWDOWN}，${RUNS} 次取中位数）==\n`,
    );
    console.log(table([['页面', '估计 TBT', '最长任务', '各次 TBT'], ...rows], ['', 'r', 'r', '']));
    console.log('Lighthouse 移动端 TBT ≤ 150 ms 时这一项几乎不扣分；/annexes/ 没有表单，作参照。');
  });
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL((await import('node:path')).resolve(process.argv[1])).href
) {
  const path = await import('node:path');
  const { table } = await import('./bench.mjs');
  await runLoadBench({ distDir: path.resolve('dist'), table });
}
