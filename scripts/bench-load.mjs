// npm run bench 的一部分：每类页面在手机上首次打开时主线程被占住多久（Lighthouse 的“总阻塞时间 TBT”）和
// 页面跳动多少（Lighthouse 的“累积布局偏移 CLS”）。在 Chromium 里以 412×823 的手机视口打开每类页面（不用缓存和
// Service Worker），录下性能跟踪：
// - TBT：取首次内容绘制（FCP）之后主线程上的每个任务，按线程 CPU 时间 × 4 估算慢手机上的耗时（Lighthouse 移动端
//   同样按 4 倍 CPU 减速模拟），超过 50 ms 的部分计入阻塞时间。用线程 CPU 时间而不是墙钟时间，是为了少受同一台机器上
//   其他进程的影响。
// - CLS：跟踪里的 LayoutShift（不算用户输入后 500 ms 内的），按 Lighthouse 的会话窗口（间隔 < 1 秒、窗口 ≤ 5 秒）
//   取最大的一个窗口。Lighthouse 移动端的 CLS 也是从不减速的加载跟踪里算的。
// 每页测 RUNS 次（BENCH_LOAD_RUNS，默认 3）取中位数；TBT 超过 50 ms 或 CLS 超过 0 的行标 ✗（issue 22 的目标）。
import { withSiteInChromium } from './bench-browser.mjs';
import { pathToFileURL } from 'node:url';

const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 3);
const SLOWDOWN = 4;
/** One page of each type (issue 22's list), then the other form pages. */
export const LOAD_PAGES = [
  '/',
  '/plan/',
  '/sectors/metal-smelting/',
  '/my-enterprise/',
  '/annexes/annex1/',
  '/annexes/annex2/',
  '/annexes/annex3/',
  '/annexes/annex4/',
  '/annexes/annex5/',
  '/self-check/',
  '/self-check/register/',
  '/confined-space/',
  '/confined-space/gas-check/',
  '/summary/annex1/',
  '/training/checklist/',
  '/criteria/mem10/',
];

/**
 * Cumulative layout shift of a page load from its trace, as Lighthouse counts it: LayoutShift events not
 * caused by input, grouped in session windows (a gap under 1 s, a window at most 5 s); the largest window.
 * @param {any[]} traceEvents
 */
export function layoutShiftFromTrace(traceEvents) {
  const shifts = traceEvents
    .filter((e) => e.name === 'LayoutShift' && e.args?.data && !e.args.data.had_recent_input)
    .map((e) => ({ ts: e.ts, score: e.args.data.weighted_score_delta ?? e.args.data.score ?? 0 }))
    .sort((a, b) => a.ts - b.ts);
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.ts - last >= 1_000_000 || s.ts - start >= 5_000_000) {
      start = s.ts;
      sum = 0;
    }
    sum += s.score;
    last = s.ts;
    best = Math.max(best, sum);
  }
  return best;
}

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
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'],
        });
        await page.goto(new URL(pagePath, server.url).href, { waitUntil: 'load' });
        // Hydration, the draft check and the work after them happen in the second after load.
        await page.waitForTimeout(3000);
        const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
        runs.push({ ...blockingFromTrace(traceEvents), cls: layoutShiftFromTrace(traceEvents) });
        await context.close();
      }
      const tbt = median(runs.map((r) => r.tbt));
      const cls = median(runs.map((r) => r.cls));
      rows.push([
        pagePath,
        `${tbt.toFixed(0)} ms`,
        `${median(runs.map((r) => r.longest)).toFixed(0)} ms`,
        cls.toFixed(3),
        tbt > 50 || cls > 0 ? '✗' : '✓',
        runs.map((r) => `${r.tbt.toFixed(0)} ms, ${r.cls.toFixed(3)}`).join(' / '),
      ]);
    }
    console.log(
      `\n== 每类页面首次打开：阻塞时间和布局偏移（Chromium ${browser.version()}，412×823，线程 CPU 时间 × ${SLOWDOWN}，${RUNS} 次取中位数）==\n`,
    );
    console.log(
      table(
        [['页面', '估计 TBT', '最长任务', 'CLS', '目标', '各次 TBT, CLS'], ...rows],
        ['', 'r', 'r', 'r', '', ''],
      ),
    );
    console.log(
      '目标（issue 22）：估计 TBT ≤ 50 ms，CLS = 0。Lighthouse 移动端的复核方法见 README“表单页在手机上打开得快”。',
    );
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
