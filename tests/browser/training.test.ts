// 培训投影（先 npm run build）：1920×1080 下用键盘驱动分行业清单，检查进度、出处、深链接、字号、Esc 退出；
// 自查清单由地址决定；打印讲义时有勾选框、不打印投影层和网站导航。
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSelfCheckFromFiles } from '../../src/lib/self-check/load-node';
import { loadPlanFromFiles } from '../../src/lib/plan/load-plan-node';
import { checklistDeck, handoutOf, sectorDeck } from '../../src/lib/training/deck';
import { formatViolations, openPage, projectRoot, runAxe, siteAndBrowser } from './harness';

const plan = loadPlanFromFiles(projectRoot);
const deck = sectorDeck(plan, 'metal-smelting');
const total = deck.slides.length;
const PROJECTOR = { width: 1920, height: 1080 };

const { site, browser } = siteAndBrowser();

const count = (page: Page) => page.locator('.training-count').textContent();
const shownSlide = (page: Page) => page.locator('.training-slide').getAttribute('data-slide');

describe('培训投影 of a sector page at 1920×1080', () => {
  it('is driven by clicker and keyboard keys, shows progress, the source on S, and Esc leaves', async () => {
    const { page, consoleErrors, externalRequests } = await openPage(
      browser,
      site.url,
      '/training/sectors/metal-smelting/',
      PROJECTOR,
    );
    try {
      await page.getByRole('button', { name: '开始投影' }).click();
      const dialog = page.getByRole('dialog', { name: '培训投影：金属冶炼企业' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await count(page)).toBe(`1 / ${total}`);
      await expect.poll(() => page.url()).toMatch(/#1$/);

      const steps: [string, number][] = [
        ['ArrowRight', 2],
        ['Space', 3],
        ['PageDown', 4],
        ['ArrowLeft', 3],
        ['PageUp', 2],
        ['End', total],
        ['Home', 1],
      ];
      for (const [key, n] of steps) {
        await page.keyboard.press(key);
        expect(await count(page), `after ${key}`).toBe(`${n} / ${total}`);
        expect(await shownSlide(page), `after ${key}`).toBe(deck.slides[n - 1]!.id);
        await expect.poll(() => page.url()).toMatch(new RegExp(`#${n}$`));
      }
      expect(await page.locator('progress.training-progress').getAttribute('value')).toBe('1');

      // Go to 固定式煤气检测报警仪 and ask where it comes from.
      const alarm = deck.slides.findIndex((s) => s.id === 'gas-alarm');
      for (let i = 0; i < alarm; i++) await page.keyboard.press('ArrowRight');
      expect(await count(page)).toBe(`${alarm + 1} / ${total}`);
      await expect
        .poll(() => page.locator('.training-body').first().textContent())
        .toBe(deck.slides[alarm]!.body[0]);
      expect(await page.locator('.training-source').count()).toBe(0);
      await page.keyboard.press('s');
      const source = page.locator('.training-source');
      await expect.poll(() => source.isVisible()).toBe(true);
      expect(await source.textContent()).toContain('/plan/#gas-alarm');
      expect(await source.textContent()).toContain(`/training/sectors/metal-smelting/#${alarm + 1}`);
      await page.keyboard.press('s');
      expect(await source.count()).toBe(0);

      // Readable from the back of the room: every text of the slide is ≥ 32 px, black on white.
      const sizes = await page
        .locator('.training-slide p, .training-slide li, .training-slide dt, .training-slide dd')
        .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
      expect(sizes.length).toBeGreaterThan(0);
      for (const px of sizes) expect(px).toBeGreaterThanOrEqual(32);
      const colours = await page
        .locator('.training-deck')
        .evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
      expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      // The longest slide still fits the screen without scrolling.
      const longest = deck.slides.reduce(
        (a, s, i) => (s.body.join('').length > deck.slides[a]!.body.join('').length ? i : a),
        0,
      );
      await page.keyboard.press('Home');
      for (let i = 0; i < longest; i++) await page.keyboard.press('ArrowRight');
      const fits = await page
        .locator('.training-slide')
        .evaluate((e) => e.scrollHeight <= e.clientHeight + 1);
      expect(fits, `第 ${longest + 1} 屏放不下`).toBe(true);

      const violations = await runAxe(page, { include: '.training-deck' });
      expect(violations, formatViolations(violations)).toEqual([]);

      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(new URL(page.url()).hash).toBe('');
      // Back on the handout, at the item that was on the screen.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(
        `handout-${deck.slides[longest]!.id}`,
      );
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a link with #N reopens the same list at the same screen; a handout number opens its screen', async () => {
    const alarm = deck.slides.findIndex((s) => s.id === 'gas-alarm') + 1;
    const { page, consoleErrors } = await openPage(
      browser,
      site.url,
      `/training/sectors/metal-smelting/#${alarm}`,
      PROJECTOR,
    );
    try {
      await expect.poll(() => count(page)).toBe(`${alarm} / ${total}`);
      expect(await shownSlide(page)).toBe('gas-alarm');
      await page.keyboard.press('Escape');
      await page.locator('#handout-molten-crane').click();
      await expect.poll(() => shownSlide(page)).toBe('molten-crane');
      const n = deck.slides.findIndex((s) => s.id === 'molten-crane') + 1;
      expect(await count(page)).toBe(`${n} / ${total}`);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('prints a handout with a tick box per item, without the deck or the site’s navigation', async () => {
    const { page } = await openPage(browser, site.url, '/training/sectors/metal-smelting/', PROJECTOR);
    try {
      await page.emulateMedia({ media: 'print' });
      const items = handoutOf(deck).flatMap((g) => g.entries);
      const ticks = page.locator('.handout-item .tick');
      expect(await ticks.count()).toBe(items.length);
      const box = await ticks.first().evaluate((e) => {
        const s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        return { w: r.width, h: r.height, border: s.borderTopStyle, colour: s.borderTopColor };
      });
      expect(box.w).toBeGreaterThan(8);
      expect(Math.abs(box.w - box.h)).toBeLessThan(1);
      expect(box.border).toBe('solid');
      expect(box.colour).toBe('rgb(0, 0, 0)');
      for (const hidden of ['.training-controls', '.training-keys', '#starlight__sidebar', 'header.header'])
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      expect(await page.locator('.handout-item').first().textContent()).toContain(items[0]!.slide.body[0]);
    } finally {
      await page.close();
    }
  });
  it('shows the handout without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(ctx, site.url, '/training/sectors/metal-smelting/');
    try {
      const items = handoutOf(deck).flatMap((g) => g.entries);
      expect(await page.locator('.handout-item .tick').count()).toBe(items.length);
      expect(await page.locator('#handout-gas-alarm').getAttribute('href')).toBe(
        `#${deck.slides.findIndex((s) => s.id === 'gas-alarm') + 1}`,
      );
    } finally {
      await ctx.close();
    }
  });
});

describe('培训投影 full screen and entry links', () => {
  it('F goes full screen; the first Esc leaves full screen, the second leaves the deck', async () => {
    const { page } = await openPage(browser, site.url, '/training/plan/#3', PROJECTOR);
    try {
      await expect.poll(() => count(page)).toMatch(/^3 \/ /);
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
      // The deck is still what is shown, on top of the page.
      const centre = () =>
        page.evaluate(() => document.elementFromPoint(960, 540)?.closest('dialog.training-deck') !== null);
      await expect.poll(centre).toBe(true);
      expect(await count(page)).toMatch(/^3 \/ /);
      await page.keyboard.press('ArrowRight');
      expect(await count(page)).toMatch(/^4 \/ /);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
      expect(await page.locator('dialog.training-deck').count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('dialog.training-deck').count()).toBe(0);
      expect(new URL(page.url()).hash).toBe('');
    } finally {
      await page.close();
    }
  });

  it('the plan page, every sector page and the sidebar link to their 培训投影', async () => {
    const pages: [string, string][] = [
      ['/plan/', '/training/plan/'],
      ...plan.sectors.map((s): [string, string] => [`/sectors/${s.id}/`, `/training/sectors/${s.id}/`]),
    ];
    for (const [from, to] of pages) {
      const { page } = await openPage(browser, site.url, from);
      try {
        expect(await page.locator('.training-entry a').getAttribute('href'), from).toBe(to);
        expect(await page.locator('#starlight__sidebar a[href="/training/"]').count(), from).toBe(1);
      } finally {
        await page.close();
      }
    }
  });
});

describe('培训投影: a campaign’s time after the campaign', () => {
  it('shows the plan’s words, the dates with their year as the site’s reading, and 已结束 by today', async () => {
    const ctx = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: PROJECTOR,
    });
    await ctx.clock.setFixedTime(new Date('2026-12-05T09:00:00+08:00'));
    const n = deck.slides.findIndex((s) => s.id === 'campaign-metal-smelting') + 1;
    const { page, consoleErrors } = await openPage(ctx, site.url, `/training/sectors/metal-smelting/#${n}`);
    await expect.poll(() => shownSlide(page)).toBe('campaign-metal-smelting');
    const slide = page.locator('.training-slide');
    expect(await slide.locator('dl').textContent()).toContain('时间（原文）：从即日起至12月31日');
    const dated = slide.locator('.training-dated');
    expect((await dated.textContent())!.replace(/\s+/g, '')).toBe(
      '本站理解即2025年5月26日（印发之日）至2025年12月31日已结束',
    );
    const px = await dated.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(px).toBeGreaterThanOrEqual(32);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('培训投影 of a 自查 checklist', () => {
  it('takes its list from the address, in the link form and in the form’s own form', async () => {
    const data = loadSelfCheckFromFiles(projectRoot);
    const expected = checklistDeck({ ...data, citations: plan.citations }, ['metal-smelting'], {
      'mem10-industry': ['metallurgy'],
    });
    const alarm = expected.slides.findIndex((s) => s.id === 'mem10-4-6') + 1;
    const { page, consoleErrors } = await openPage(
      browser,
      site.url,
      `/training/checklist/?kinds=metal-smelting&mem10-industry=metallurgy#${alarm}`,
      PROJECTOR,
    );
    try {
      await expect.poll(() => shownSlide(page)).toBe('mem10-4-6');
      expect(await count(page)).toBe(`${alarm} / ${expected.slides.length}`);
      await page.keyboard.press('S');
      const source = await page.locator('.training-source').textContent();
      expect(source).toContain(
        '《工贸企业重大事故隐患判定标准》（中华人民共和国应急管理部令第10号）第四条（六）',
      );
      expect(source).toContain('相关方案要求（本站理解）：固定式煤气检测报警仪');
      await page.keyboard.press('Escape');
      // Each item has its answers to tick: 情形 for a criterion, 符合/不符合 for a plan item.
      const checkable = expected.slides.filter((s) => s.checkable);
      expect(await page.locator('.handout-item .handout-answers').count()).toBe(checkable.length);
      const answers = (id: string) =>
        page
          .locator('.handout-item', { has: page.locator(`#handout-${id}`) })
          .locator('.handout-answer')
          .allTextContents();
      expect(await answers('mem10-4-6')).toEqual(['不存在该情形', '存在该情形（重大事故隐患）', '不适用']);
      expect(await answers('gas-alarm')).toEqual(['符合', '不符合', '不适用']);
      expect(await page.locator('.handout-answer-note').textContent()).toMatch(
        /^本站理解.*只有存在判定标准所列情形的，才是重大事故隐患/,
      );
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.handout-answers').first().isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }

    // The form on /training/ sends ?kinds=a&kinds=b; the checklist reads it the same way.
    const index = await openPage(browser, site.url, '/training/', PROJECTOR);
    try {
      await index.page.getByLabel('金属冶炼企业').check();
      await index.page.getByRole('group', { name: '本企业属于哪个行业？' }).getByLabel('冶金').check();
      await index.page.getByRole('button', { name: '生成自查清单的投影和讲义' }).click();
      await index.page.waitForURL(/\/training\/checklist\/\?kinds=metal-smelting/);
      // The form's ?kinds=…&mem10-industry=… becomes the link form, without the empty answers.
      await expect
        .poll(() => new URL(index.page.url()).search)
        .toBe('?kinds=metal-smelting&mem10-industry=metallurgy');
      await expect
        .poll(() => index.page.locator('.training-total').textContent())
        .toBe(`共 ${expected.slides.length} 屏`);
    } finally {
      await index.page.close();
    }
  });
});
