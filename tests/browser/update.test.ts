// A new build replaces the offline copy only when the reader agrees (先 npm run build)。
// The site is served from a temporary copy of dist/. After the first visit, the copy is changed as a new
// build would change it: a page's text, and that page's revision in sw.js. The page then offers
// “更新并刷新”; until it is clicked, the old version keeps serving every page (no mix of old and new) and
// nothing reloads; after the click the new version serves, the page reloads once, and the draft is kept.
// Another open tab is told to reload when convenient and is not reloaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type Site, distDir, formatViolations, launchBrowser, runAxe, startSite } from './harness';
import { precacheManifest, setRevision, waitForPrecache } from './service-worker';

let browser: Browser;
let site: Site;
let copy: string;
let ctx: BrowserContext;
let form: Page;
let other: Page;
const consoleErrors: string[] = [];

const OLD_TITLE = '关于本站';
const NEW_TITLE = '关于本站（新版本）';

beforeAll(async () => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'jc76-update-'));
  fs.cpSync(distDir, copy, { recursive: true });
  site = await startSite(copy);
  browser = await launchBrowser();
  ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  ctx.on('page', (p) => {
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    p.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

const at = (p: string) => new URL(p.replace(/^\//, ''), site.url).href;
const aboutTitle = async (p: Page) => {
  await p.goto(at('/about/'));
  return p.locator('h1').first().textContent();
};

describe('a new build', () => {
  it('first visit: one version cached, the page is controlled', async () => {
    form = await ctx.newPage();
    await form.goto(at('/annexes/annex1/'));
    await waitForPrecache(form, precacheManifest(copy).length);
    other = await ctx.newPage();
    expect(await aboutTitle(other)).toBe(OLD_TITLE);
  });

  it('is announced, and nothing changes before the reader agrees', async () => {
    await form.locator('.annex-form[data-ready="true"]').waitFor();
    // The reader is typing when the new version arrives.
    await form.getByLabel(/^填报单位/).fill('泽州县应急');
    await form.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // “Deploy” build 2: the about page changes, and so does its revision in sw.js.
    const about = path.join(copy, 'about', 'index.html');
    fs.writeFileSync(about, fs.readFileSync(about, 'utf-8').replaceAll(`>${OLD_TITLE}<`, `>${NEW_TITLE}<`));
    setRevision(copy, 'about/index.html', 'build-2');
    await form.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const notice = form.locator('[data-update-box]');
    await notice.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await notice.textContent()).toContain('本站有新版本');
    expect(await notice.textContent()).toContain('草稿会保留');
    const axe = await runAxe(form, { include: '[data-update-notice]' });
    expect(axe, formatViolations(axe)).toEqual([]);

    // The new worker waits; the old one still serves: no mix of versions.
    expect(
      await form.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting)),
    ).toBe(true);
    expect(await aboutTitle(other)).toBe(OLD_TITLE);
    // The page did not reload and what was being typed is still there, focus included.
    expect(await form.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    expect(await form.getByLabel(/^填报单位/).inputValue()).toBe('泽州县应急');
    await form.getByLabel(/^填报单位/).pressSequentially('管理局');
    expect(await form.getByLabel(/^填报单位/).inputValue()).toBe('泽州县应急管理局');
  });

  it('takes over after “更新并刷新”: the page reloads once, with the draft, on the new version', async () => {
    await Promise.all([form.waitForEvent('load'), form.getByRole('button', { name: '更新并刷新' }).click()]);
    await form.locator('.annex-form[data-ready="true"]').waitFor();
    expect(
      await form.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBeUndefined();
    expect(await form.getByLabel(/^填报单位/).inputValue()).toBe('泽州县应急管理局');
    expect(
      await form.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting)),
    ).toBe(false);
    expect(await form.locator('[data-update-box]').isVisible()).toBe(false);
  });

  it('the other open tab is asked to reload when convenient, and is not reloaded', async () => {
    const notice = other.locator('[data-update-box]');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await notice.textContent()).toContain('另一个标签页更新');
    await Promise.all([other.waitForEvent('load'), other.getByRole('button', { name: '刷新本页' }).click()]);
    expect(await other.locator('h1').first().textContent()).toBe(NEW_TITLE);
  });

  it('the new version now serves offline too', async () => {
    await ctx.setOffline(true);
    const page = await ctx.newPage();
    expect(await aboutTitle(page)).toBe(NEW_TITLE);
    await ctx.setOffline(false);
  });

  it('logged no error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
