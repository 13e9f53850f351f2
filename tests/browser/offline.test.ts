// Offline after the first visit (先 npm run build)：第一次打开首页后，service worker 在后台缓存整站；
// 断网（浏览器离线模式）后仍能打开其他页面（包括 /plan 这样不带斜杠的地址和 ?role= 参数）、搜索、
// 填写并下载附件、刷新后草稿还在、下载 .ics。
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { type Site, distDir, launchBrowser, startSite } from './harness';
import { precacheManifest, waitForPrecache } from './service-worker';

let browser: Browser;
let site: Site;
let ctx: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
  ctx = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const origin = new URL(site.url).origin;
  ctx.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('blob:')) foreignRequests.push(r.url());
  });
  page = await ctx.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const cell = (row: string, column: string) =>
  page.getByRole('textbox', { name: `${row} ${column}`, exact: true });
const at = (p: string) => new URL(p.replace(/^\//, ''), site.url).href;

describe('after one visit, without a network', () => {
  it('the first visit caches every built file in the background and says the site works offline', async () => {
    const manifest = precacheManifest(distDir);
    const urls = manifest.map((e) => e.url);
    for (const needed of [
      'index.html',
      'plan/index.html',
      'annexes/annex1/index.html',
      'self-check/register/index.html',
      'self-check/checklist.json',
      'annexes/layouts.json',
      'reporting/jincheng-76-all.ics',
      'pagefind/pagefind.js',
      'pagefind/wasm.unknown.pagefind',
      'manifest.webmanifest',
      'icons/icon-512.png',
    ]) {
      expect(urls).toContain(needed);
    }
    // The lazily loaded Excel libraries (write-excel-file, @e965/xlsx) are chunks under _astro/.
    expect(urls.filter((u) => u.startsWith('_astro/') && u.endsWith('.js')).length).toBeGreaterThan(10);

    await page.goto(at('/'));
    expect(await waitForPrecache(page, manifest.length)).toBeGreaterThanOrEqual(manifest.length);
    await expect.poll(() => page.locator('[data-offline-ready]').isVisible()).toBe(true);
    // No notice about a new version on a first visit.
    expect(await page.locator('[data-update-box]').isVisible()).toBe(false);
  });

  it('goes offline for real', async () => {
    await ctx.setOffline(true);
    const result = await page.evaluate(() =>
      fetch(`/not-cached-${Date.now()}`).then(
        () => 'reached the server',
        () => 'failed',
      ),
    );
    expect(result).toBe('failed');
    // That failed request is the only error expected in the console.
    consoleErrors.length = 0;
  });

  it('opens other pages, with or without the trailing slash or a query', async () => {
    await page.goto(at('/plan/'));
    expect(await page.title()).toContain('行动方案全文');
    await page.goto(at('/sectors/confined-space'));
    expect(new URL(page.url()).pathname).toBe('/sectors/confined-space/');
    expect(await page.locator('h1').textContent()).toContain('有限空间');
    await page.goto(at('/reporting/?role=county'));
    expect(await page.title()).toContain('报送');
  });

  it('the self-check and the 隐患台账 read their checklists from the cache', async () => {
    await page.goto(at('/self-check/?kinds=metal-smelting'));
    await page.locator('.sc-item').first().waitFor();
    await page.goto(at('/self-check/register/'));
    await page.locator('.register[data-ready="true"]').waitFor();
  });

  it('searches (Pagefind and its WebAssembly come from the cache)', async () => {
    await page.goto(at('/'));
    await page.getByRole('button', { name: '搜索' }).click();
    await page.locator('#starlight__search .pagefind-ui__search-input').fill('有限空间');
    const links = page.locator('#starlight__search .pagefind-ui__result-link');
    await links.first().waitFor({ timeout: 15_000 });
    const hrefs = await links.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).pathname));
    expect(hrefs).toContain('/sectors/confined-space/');
  });

  it('fills 附件1 and downloads the Excel file', async () => {
    await page.goto(at('/annexes/annex1/'));
    await page.locator('.annex-form[data-ready="true"]').waitFor();
    await page.getByLabel(/^填报单位/).fill('泽州县应急管理局');
    await page.getByLabel(/^填报日期/).fill('2025-07-20');
    await cell('5月', '企业自查自纠情况 · 自查企业（家）').fill('12');
    await cell('5月', '企业自查自纠情况 · 一般隐患（条）').fill('30');
    await page.getByLabel(/^填报人/).fill('王五');
    await page.getByLabel(/^联系电话/).fill('0356-2217654');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      '附件1_安全生产隐患排查整治调度表_泽州县应急管理局_2025-07.xlsx',
    );
    const wb = XLSX.read(fs.readFileSync((await download.path())!));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, {
      header: 1,
      defval: null,
    });
    expect(rows.find((r) => r[0] === '5月')!.slice(1, 3)).toEqual([12, 30]);
  });

  it('keeps the draft across a reload', async () => {
    await page.reload();
    await page.locator('.annex-form[data-ready="true"]').waitFor();
    expect(await cell('5月', '企业自查自纠情况 · 一般隐患（条）').inputValue()).toBe('30');
    expect(await page.getByLabel(/^填报单位/).inputValue()).toBe('泽州县应急管理局');
  });

  it('serves the .ics calendars', async () => {
    const text = await page.evaluate(() => fetch('/reporting/jincheng-76-all.ics').then((r) => r.text()));
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  });

  it('logged no error and asked no other host for anything', () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe('where service workers are missing (iOS WeChat, some private modes)', () => {
  for (const [how, init] of [
    [
      'no navigator.serviceWorker',
      () => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker,
    ],
    [
      'registration refused (as in a private window)',
      () => {
        ServiceWorkerContainer.prototype.register = () =>
          Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
      },
    ],
  ] as const) {
    it(`${how}: the site works as before and says nothing about it`, async () => {
      const other = await browser.newContext({ locale: 'zh-CN' });
      await other.addInitScript(init);
      const p = await other.newPage();
      const errors: string[] = [];
      p.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
      });
      p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await p.goto(at('/annexes/annex1/'));
      await p.waitForLoadState('networkidle');
      await p.locator('.annex-form[data-ready="true"]').waitFor();
      await p.getByLabel(/^填报单位/).fill('泽州县应急管理局');
      expect(await p.getByLabel(/^填报单位/).inputValue()).toBe('泽州县应急管理局');
      expect(await p.evaluate(() => Boolean(navigator.serviceWorker?.controller))).toBe(false);
      expect(await p.locator('[data-offline-ready]').isVisible()).toBe(false);
      expect(await p.locator('[data-update-box]').isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await other.close();
    });
  }
});
