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
