// 对 dist/ 中每一个页面做通用检查：
//   有非空 <h1>、<html lang="zh-CN">、无控制台错误、不请求外部主机、axe-core 无 serious/critical 问题，
//   以及 390×844 手机视口下没有横向滚动。另检查 404 页返回 404 状态码。
// 运行前需要 npm run build。运行：npm run test:browser
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  distDir,
  findOverflowingElements,
  formatViolations,
  hasHorizontalScroll,
  launchBrowser,
  listPages,
  openPage,
  runAxe,
  startSite,
  type Site,
} from './harness';

const built = fs.existsSync(path.join(distDir, 'index.html'));
// 收集测试时同步读取 dist，为每个页面生成一个测试
const pages = built ? listPages(distDir) : [];

const MOBILE = { width: 390, height: 844 };

describe('整站通用检查', () => {
  let browser: Browser;
  let site: Site;
  let desktop: BrowserContext;
  let mobile: BrowserContext;

  beforeAll(async () => {
    if (!built) return;
    site = await startSite(distDir);
    browser = await launchBrowser();
    const common = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } as const;
    desktop = await browser.newContext({ ...common, viewport: { width: 1280, height: 800 } });
    mobile = await browser.newContext({
      ...common,
      viewport: MOBILE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
  });

  afterAll(async () => {
    await desktop?.close();
    await mobile?.close();
    await browser?.close();
    await site?.close();
  });

  it('dist/ 已构建且至少有一个页面', () => {
    expect(built, '没有找到 dist/index.html：先运行 npm run build').toBe(true);
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const pagePath of pages) {
    it(`${pagePath}：标题、语言、无控制台错误、无外部请求、无严重无障碍问题`, async () => {
      const { page, consoleErrors, externalRequests, status } = await openPage(desktop, site.url, pagePath);
      try {
        expect.soft(status, 'HTTP 状态码').toBe(200);

        const h1s = await page.locator('h1').allTextContents();
        expect.soft(h1s.length, '页面应有 <h1>').toBeGreaterThan(0);
        expect.soft(h1s.map((t) => t.trim()).join(''), '<h1> 不能为空').not.toBe('');

        expect.soft(await page.getAttribute('html', 'lang'), '<html lang>').toBe('zh-CN');

        const violations = await runAxe(page);
        expect.soft(violations, `axe-core 严重问题：\n${formatViolations(violations)}`).toEqual([]);

        expect.soft(consoleErrors, '控制台错误').toEqual([]);
        expect.soft(externalRequests, '不应请求本站以外的主机').toEqual([]);
      } finally {
        await page.close();
      }
    });

    it(`${pagePath}：390×844 手机视口无横向滚动`, async () => {
      const { page, consoleErrors, externalRequests } = await openPage(mobile, site.url, pagePath);
      try {
        const scrolls = await hasHorizontalScroll(page);
        const culprits = scrolls ? await findOverflowingElements(page) : [];
        expect.soft(scrolls, `页面出现横向滚动，超出视口的元素：\n${culprits.join('\n')}`).toBe(false);
        expect.soft(consoleErrors, '控制台错误（手机视口）').toEqual([]);
        expect.soft(externalRequests, '不应请求本站以外的主机（手机视口）').toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('不存在的地址返回 404 页面和 404 状态码', async () => {
    expect(built, '先运行 npm run build').toBe(true);
    const { page, status } = await openPage(desktop, site.url, '/this-page-does-not-exist-测试/');
    try {
      expect(status).toBe(404);
      if (fs.existsSync(path.join(distDir, '404.html'))) {
        expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      }
    } finally {
      await page.close();
    }
  });
});

describe('仍然有效的法规和标准（每个讲到法规的页面）', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    if (!built) return;
    site = await startSite(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const at = async (when: string) => {
    const ctx = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await ctx.clock.setFixedTime(new Date(`${when}+08:00`));
    return ctx;
  };
  const lawPages = [
    '/',
    '/plan/',
    '/my-enterprise/',
    '/sectors/metal-smelting/',
    '/sectors/non-coal-mine/',
    '/self-check/',
    '/confined-space/',
    '/confined-space/gas-check/',
    '/training/checklist/',
  ];

  it('every page that reads the law says the campaign ended on 2026-11-30 and which texts stay in force', async () => {
    const ctx = await at('2026-12-05T09:00:00');
    for (const path of lawPages) {
      const { page, consoleErrors } = await openPage(ctx, site.url, path, { width: 390 });
      const block = page.locator('[data-law-in-force]');
      expect(await block.count(), path).toBe(1);
      expect(await block.isVisible(), path).toBe(true);
      const shown = (await block.innerText()).replace(/\s+/g, '');
      expect(shown, path).toContain('行动方案写明的时限已于2026年11月30日全部结束');
      expect(shown, path).not.toContain('为止');
      const laws = await block
        .locator('[data-law]')
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute('data-law'), e.querySelector('.law-when')!.textContent]),
        );
      expect(laws, path).toEqual([
        ['mem10', '2023年5月15日起施行'],
        ['kaq-2022-88', '2022年9月1日起施行'],
        ['kaq-2024-41', '2024年4月23日印发，通知未单列施行日期'],
        ['mem13', '2024年1月1日起施行'],
        ['gb46768', '2026年5月1日起施行'],
      ]);
      // Only the plan's own time limits and forms are history, and that is marked as the site's reading.
      expect(await block.locator('.law-campaign:visible .tag-reading').count(), path).toBe(1);
      expect(shown, path).toContain('第10号令第二条');
      expect(consoleErrors, path).toEqual([]);
      await page.close();
    }
    await ctx.close();
  });

  it('before the last day it says the time limits run until 2026-11-30 instead', async () => {
    const ctx = await at('2026-11-30T20:00:00');
    const { page } = await openPage(ctx, site.url, '/self-check/');
    const shown = (await page.locator('[data-law-in-force]').innerText()).replace(/\s+/g, '');
    expect(shown).toContain('行动方案写明的时限到2026年11月30日为止');
    expect(shown).not.toContain('全部结束');
    expect(shown).toContain('2023年5月15日起施行');
    await ctx.close();
  });
});
