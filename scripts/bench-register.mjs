// npm run bench 的隐患台账部分：在 Chromium 中打开有 2,000 项隐患（随手记录）、其中 500 项各带一张照片
// （1280×960 JPEG，与页面缩小后的尺寸相同）的台账，计时：打开到可操作、筛选一次、下载台账 Excel（2,000 行 + 整改经过 +
// 按月统计）、下载台账和照片（.zip）、导出台账文件（.json，含照片）。每项 runs 次取中位数。
// BENCH_REGISTER_HAZARDS、BENCH_REGISTER_PHOTOS 可改项数和照片数。
import { performance } from 'node:perf_hooks';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** n walk-round hazards over 20 areas and 30 people, a third rectified; the first `photos` with one photo each (r0…). */
export function registerDraft(n, photos = 0) {
  const walk = Array.from({ length: n }, (_, i) => ({
    id: `w${i}`,
    foundDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`,
    level: '一般',
    area: `区域${i % 20}`,
    description: `隐患${i}：消防通道堆放杂物`,
    measure: '清理',
    owner: `责任人${i % 30}`,
    deadline: '2026-12-31',
    progress: i % 3 === 0 ? '已整改' : '未整改',
    photos: i < photos ? [{ id: `r${i}`, stage: '整改前' }] : [],
  }));
  return JSON.stringify({ v: 1, savedAt: '', tab: 'bench', rev: 1, data: { walk, acceptance: {} } });
}

export async function runRegisterBench({ distDir, runs, table }) {
  const { CHROMIUM_ARGS, findChromium } = await import('./ensure-chromium.mjs');
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('\n⚠ 未找到 Chromium，跳过隐患台账计时。');
    return;
  }
  const n = Number(process.env.BENCH_REGISTER_HAZARDS ?? 2000);
  const photos = Math.min(n, Number(process.env.BENCH_REGISTER_PHOTOS ?? 500));
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./serve.mjs');
  const server = await startServer({ root: distDir, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const open = [];
  const filter = [];
  const xlsx = [];
  const zip = [];
  const json = [];
  let photoKb = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        acceptDownloads: true,
        serviceWorkers: 'block',
      });
      await context.addInitScript((d) => localStorage.setItem('jc76.register', d), registerDraft(n, photos));
      const page = await context.newPage();
      // The photos go into the browser's photo store first (not timed): a noisy 1280×960 JPEG at the page's quality.
      await page.goto(new URL('/self-check/register/', server.url).href);
      photoKb = await page.evaluate(storePhotos, photos);
      let t = performance.now();
      await page.goto(new URL('/self-check/register/', server.url).href);
      await page.locator('.register[data-ready="true"] .register-hazard').first().waitFor();
      open.push(performance.now() - t);
      t = performance.now();
      await page.locator('.register-filters').getByLabel('责任人').selectOption('责任人7');
      await page.getByText(/^显示 \d+ 项/).waitFor();
      filter.push(performance.now() - t);
      t = performance.now();
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载隐患台账 Excel' }).click(),
      ]);
      xlsx.push(performance.now() - t);
      await page.locator('.register-filters').getByLabel('责任人').selectOption('');
      t = performance.now();
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载台账和照片（.zip）' }).click(),
      ]);
      zip.push(performance.now() - t);
      t = performance.now();
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /^导出台账文件/ }).click(),
      ]);
      json.push(performance.now() - t);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `\n■ 隐患台账（Chromium，390 px，${n} 项隐患，${photos} 张照片各约 ${photoKb} KB；${runs} 次取中位数）\n`,
  );
  console.log(
    table(
      [
        ['操作', '中位数 ms', '首次 ms'],
        ['打开到可操作', median(open).toFixed(0), open[0].toFixed(0)],
        ['按责任人筛选', median(filter).toFixed(0), filter[0].toFixed(0)],
        [`下载台账 Excel（${n} 行）`, median(xlsx).toFixed(0), xlsx[0].toFixed(0)],
        [`下载台账和照片 .zip（${photos} 张）`, median(zip).toFixed(0), zip[0].toFixed(0)],
        [`导出台账文件 .json（含 ${photos} 张照片）`, median(json).toFixed(0), json[0].toFixed(0)],
      ],
      ['', 'r', 'r'],
    ),
  );
}

/** Runs in the page: stores n copies of one photo (r0…) in the site's photo store; resolves to its size in KB. */
async function storePhotos(n) {
  const canvas = document.createElement('canvas');
  canvas.width = 1280;
  canvas.height = 960;
  const g = canvas.getContext('2d');
  const img = g.createImageData(1280, 960);
  for (let i = 0; i < img.data.length; i += 4) {
    const v = (Math.sin(i / 997) * 60 + Math.random() * 60 + 100) | 0;
    img.data[i] = v;
    img.data[i + 1] = v - 20;
    img.data[i + 2] = v + 10;
    img.data[i + 3] = 255;
  }
  g.putImageData(img, 0, 0);
  const dataUrl = canvas.toDataURL('image/jpeg', 0.72);
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('jc76-photos', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('photos');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction('photos', 'readwrite');
    for (let i = 0; i < n; i++) tx.objectStore('photos').put(dataUrl, `r${i}`);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return Math.round((dataUrl.length * 3) / 4 / 1024);
}
