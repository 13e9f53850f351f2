// The Content-Security-Policy (先 npm run build)：
//   1. every built HTML page carries one strict policy <meta>, first in <head>, that allows exactly the
//      inline scripts and style attributes the page has (hashes computed here, independently);
//   2. no page reports a violation in the browser — neither on load nor while doing its main job:
//      search, theme switch, annex export and import, 我的企业 selection, calendar download.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { inlineScripts, pagePolicy, parsePolicy, styleAttributes } from '../../src/lib/build/csp';
import { distDir, listPages, openPage, siteAndBrowser } from './harness';

function htmlFiles(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return htmlFiles(dir, r);
    return e.name.endsWith('.html') ? [r] : [];
  });
}
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('every built page carries the policy', () => {
  const files = htmlFiles(distDir);

  it('dist/ has pages, the 404 page among them', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain('404.html');
  });

  for (const file of files) {
    it(`${file}: one strict policy, first in <head>, matching the page's inline code`, () => {
      const html = fs.readFileSync(path.join(distDir, file), 'utf-8');
      expect(html.match(/http-equiv="content-security-policy"/gi)).toHaveLength(1);
      const head = html.slice(0, html.indexOf('</head>'));
      const metaAt = head.indexOf('http-equiv="content-security-policy"');
      for (const tag of ['<script', '<style', '<link']) {
        if (head.includes(tag)) expect(metaAt).toBeLessThan(head.indexOf(tag));
      }

      const policy = new Map(parsePolicy(pagePolicy(html)!));
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      expect(policy.get('worker-src')).toEqual(["'self'"]);
      expect(policy.get('manifest-src')).toEqual(["'self'"]);
      const scriptSrc = policy.get('script-src')!;
      expect(scriptSrc.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      for (const [name, sources] of policy) {
        expect(sources, name).not.toContain("'unsafe-inline'");
        expect(sources, name).not.toContain("'unsafe-eval'");
        expect(
          sources.filter((s) => /^(https?:|\*)/.test(s)),
          `${name}: no other origin`,
        ).toEqual([]);
      }

      for (const body of inlineScripts(html)) expect(scriptSrc).toContain(hash(body));
      const attrs = styleAttributes(html);
      if (attrs.length > 0) {
        const styleAttr = policy.get('style-src-attr')!;
        expect(styleAttr[0]).toBe("'unsafe-hashes'");
        for (const value of attrs) expect(styleAttr).toContain(hash(value));
      }
    });
  }
});

describe('no page reports a violation', () => {
  const { site, browser } = siteAndBrowser();

  /** A context whose pages record every securitypolicyviolation event from the start. */
  async function watchedContext(): Promise<BrowserContext> {
    const ctx = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    await ctx.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      );
    });
    return ctx;
  }
  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  /** Console errors, which is where Chromium also reports a refused script, style or connection. */
  const cspErrors = (errors: string[]) => errors.filter((e) => /Content Security Policy|Refused to/i.test(e));

  it('no page reports one on load', async () => {
    const ctx = await watchedContext();
    const { page, consoleErrors } = await openPage(ctx, site.url, '/');
    const found: string[] = [];
    for (const pagePath of [...listPages(), '/404.html']) {
      await page.goto(new URL(pagePath.replace(/^\//, ''), site.url).href);
      await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => {});
      found.push(...(await violations(page)).map((v) => `${pagePath}: ${v}`));
    }
    expect(found).toEqual([]);
    expect(cspErrors(consoleErrors)).toEqual([]);
    await ctx.close();
  });

  it('search, theme switch and 我的企业 selection run without a violation', async () => {
    const ctx = await watchedContext();
    const { page, consoleErrors } = await openPage(ctx, site.url, '/my-enterprise/');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.locator('#starlight__search .pagefind-ui__search-input').fill('有限空间');
    await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');

    const theme = page.getByRole('combobox', { name: '选择主题' }).first();
    await theme.selectOption('light');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await theme.selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The theme is applied by Starlight's inline script on the next page, before anything is drawn.
    await page.goto(new URL('/plan/', site.url).href);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await page.goto(new URL('/my-enterprise/', site.url).href);
    await page.getByRole('checkbox', { name: /涉及冷库的企业/ }).check();
    expect(await page.getByRole('checkbox', { name: /涉及冷库的企业/ }).isChecked()).toBe(true);

    expect(await violations(page)).toEqual([]);
    expect(cspErrors(consoleErrors)).toEqual([]);
    await ctx.close();
  });

  it('附件1: export to Excel and CSV and import the Excel file back, without a violation', async () => {
    const ctx = await watchedContext();
    const { page, consoleErrors } = await openPage(ctx, site.url, '/annexes/annex1/');
    await page.locator('.annex-form[data-ready="true"]').waitFor();
    await page.getByLabel(/^填报单位/).fill('泽州县应急管理局');
    await page.getByLabel(/^填报日期/).fill('2025-07-20');
    await page
      .getByRole('textbox', { name: '5月 企业自查自纠情况 · 自查企业（家）', exact: true })
      .fill('12');
    await page.getByLabel(/^填报人/).fill('王五');
    await page.getByLabel(/^联系电话/).fill('0356-2217654');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel' }).click(),
    ]);
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV' }).click(),
    ]);

    await page.locator('input[type=file]').setInputFiles({
      name: xlsx.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: fs.readFileSync((await xlsx.path())!),
    });
    await page.getByRole('button', { name: '确认导入' }).click();
    expect(
      await page
        .getByRole('textbox', { name: '5月 企业自查自纠情况 · 自查企业（家）', exact: true })
        .inputValue(),
    ).toBe('12');

    expect(await violations(page)).toEqual([]);
    expect(cspErrors(consoleErrors)).toEqual([]);
    await ctx.close();
  });

  it('a calendar download runs without a violation', async () => {
    const ctx = await watchedContext();
    const { page, consoleErrors } = await openPage(ctx, site.url, '/reporting/');
    const link = page.locator('a[href$=".ics"]').first();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    expect(await violations(page)).toEqual([]);
    expect(cspErrors(consoleErrors)).toEqual([]);
    await ctx.close();
  });
});
