// 各功能的浏览器测试（先 npm run build）：行动状态（固定时钟）、报送筛选与下次截止、.ics 下载、
// “我的企业属于哪些类型？”、中文搜索、全文锚点与打印样式。
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { loadPlanFromFiles } from '../../src/lib/plan/load-plan-node';
import { contactLines } from '../../src/lib/plan/fulltext';
import { requirementsFor } from '../../src/lib/plan/plan';
import type { SectorId } from '../../src/schemas';
import { openPage, projectRoot, siteAndBrowser } from './harness';

const plan = loadPlanFromFiles(projectRoot);
const { site, browser } = siteAndBrowser();

/** A context whose clock reads the given moment in China (UTC+8). */
async function contextAt(
  isoDateTimeChina: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const ctx = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  await ctx.clock.setFixedTime(new Date(`${isoDateTimeChina}+08:00`));
  return ctx;
}

const statuses = (page: import('playwright-core').Page, list: string) =>
  page
    .locator(`[data-timeline="${list.replace('timeline-', '')}"] .timeline-item > .status`)
    .allTextContents();

describe('首页 campaign and phase status follows the reader’s date', () => {
  // （二）粉尘涉爆 has no stated window: never 未开始/进行中/已结束, whatever the date.
  const cases: [string, string[]][] = [
    ['2025-05-20T09:00:00', ['未开始', '未规定起止', '未开始', '未开始']],
    ['2025-08-01T09:00:00', ['进行中', '未规定起止', '进行中', '进行中']],
    ['2025-10-31T23:30:00', ['进行中', '未规定起止', '进行中', '进行中']],
    ['2025-11-01T00:30:00', ['进行中', '未规定起止', '已结束', '进行中']],
    ['2027-01-01T09:00:00', ['已结束', '未规定起止', '已结束', '已结束']],
  ];
  for (const [when, expected] of cases) {
    it(`on ${when} (China time)`, async () => {
      const ctx = await contextAt(when);
      const { page, consoleErrors } = await openPage(ctx, site.url, '/');
      expect(await statuses(page, 'timeline-campaigns')).toEqual(expected);
      expect(consoleErrors).toEqual([]);
      await ctx.close();
    });
  }

  it('phases run 同步推进: 6月20日 is a deadline (期限), not the end of 自查自改 or 教育培训', async () => {
    const before = await contextAt('2025-06-19T08:00:00');
    const a = await openPage(before, site.url, '/');
    expect(await statuses(a.page, 'timeline-phases')).toEqual([
      '期限未到',
      '期限未到',
      '未开始',
      '未规定起止',
    ]);
    await before.close();
    const after = await contextAt('2026-12-01T08:00:00');
    const b = await openPage(after, site.url, '/');
    const shown = await statuses(b.page, 'timeline-phases');
    expect(shown).toEqual(['期限已过', '期限已过', '已开始（无结束日期）', '未规定起止']);
    expect(shown).not.toContain('已结束');
    await after.close();
  });

  it('says at the top, from 2026-12-01, that every stated window has passed — and not before', async () => {
    const notice = (page: import('playwright-core').Page) => page.locator('.all-ended');
    const lastDay = await contextAt('2026-11-30T23:30:00');
    const a = await openPage(lastDay, site.url, '/');
    expect(await notice(a.page).isVisible()).toBe(false);
    await lastDay.close();

    const dayAfter = await contextAt('2026-12-01T00:30:00');
    const b = await openPage(dayAfter, site.url, '/', { width: 390 });
    await expect.poll(() => notice(b.page).isVisible()).toBe(true);
    const text = (await notice(b.page).textContent())!;
    expect(text).toContain('方案写明的时限已全部过去');
    expect(text).toContain('2026年11月30日');
    for (const open of ['粉尘涉爆企业专项排查整治攻坚行动', '督导检查阶段', '整改提升阶段'])
      expect(text).toContain(open);
    expect(text).toContain('不随行动结束');
    expect(text).not.toContain('仍可作为参考');
    // At the top: above the first heading of the content, and on a phone's first screen.
    const box = (await notice(b.page).boundingBox())!;
    const firstH2 = (await b.page.locator('#what').boundingBox())!;
    expect(box.y).toBeLessThan(firstH2.y);
    expect(box.y).toBeLessThan(844);
    await dayAfter.close();
  });

  it('marks every inferred date 本站理解 and every summary 摘要 in the timeline', async () => {
    const { page } = await openPage(browser, site.url, '/');
    const items = page.locator('[data-timeline="campaigns"] > .timeline-item');
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      const text = (await item.textContent())!;
      // A full date (with its year) only ever appears next to a 本站理解 mark.
      if (/\d{4}年\d+月\d+日/.test(text)) expect(await item.locator('.tag-reading').count()).toBe(1);
    }
    const dust = (await items.nth(1).textContent())!;
    expect(dust).not.toContain('2025年5月26日');
    expect(dust).toContain('方案未写本行动的起止时间');
    const tasks = page.locator('.timeline-tasks > li');
    expect(await tasks.count()).toBe(plan.phases.flatMap((p) => p.tasks).length);
    for (let i = 0; i < (await tasks.count()); i++)
      expect(await tasks.nth(i).locator('.tag-summary').count(), `task ${i}`).toBe(1);
    await page.close();
  });

  it('shows a build-time status without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(ctx, site.url, '/');
    const shown = await statuses(page, 'timeline-campaigns');
    expect(shown).toHaveLength(4);
    for (const s of shown) expect(['未开始', '进行中', '已结束', '未规定起止']).toContain(s);
    await ctx.close();
  });
});

describe('分行业指引 pages list what their scopes name, and say what the plan leaves open', () => {
  for (const sector of plan.sectors) {
    it(`/sectors/${sector.id}/ lists the campaigns and items requirementsFor gives`, async () => {
      const { page } = await openPage(browser, site.url, `/sectors/${sector.id}/`);
      const want = requirementsFor(plan, [sector.id]);
      const campaignIds = await page
        .locator('.campaign-block > h2')
        .evaluateAll((els) => els.map((e) => e.id.replace(/^campaign-/, '')));
      expect(campaignIds).toEqual(want.map((c) => c.campaign.id));
      const items = await page
        .locator('[data-requirement]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-requirement')));
      expect(items).toEqual(want.flatMap((c) => c.requirements.map((r) => r.id)));
      await page.close();
    });
  }

  it('金属冶炼企业 gets the confined-space campaign; 附件1/2 are not stated as an enterprise duty', async () => {
    const { page } = await openPage(browser, site.url, '/sectors/metal-smelting/');
    expect(await page.locator('#campaign-confined-space').count()).toBe(1);
    const open = page.locator('#reporting-open + p + .reporting-list');
    expect(await open.locator('#report-annex1-monthly').count()).toBe(1);
    expect(await open.locator('#report-annex1-monthly').textContent()).toContain('方案未写明由谁填写/报送');
    expect(await page.locator('#reporting + p + .reporting-list #report-annex1-monthly').count()).toBe(0);
    await page.close();
  });

  it('涉及天然气 page says which （一） items it leaves to 金属冶炼企业 and why (本站理解)', async () => {
    const { page } = await openPage(browser, site.url, '/sectors/natural-gas/');
    const note = page.locator('#campaign-metal-smelting ~ .left-out');
    expect(await note.textContent()).toContain('只列给金属冶炼企业');
    expect(await note.locator('.tag-reading').count()).toBe(1);
    await page.close();
  });

  it('annex pages give the plan’s words on who fills, or say the plan does not', async () => {
    for (const [id, want] of [
      ['annex1', '方案未写明由谁填写/报送'],
      ['annex2', '方案未写明由谁填写/报送'],
      ['annex4', '各县（市、区）应急局'],
    ] as const) {
      const { page } = await openPage(browser, site.url, `/annexes/${id}/`);
      const who = (await page.locator('.annex-who').first().textContent())!;
      expect(who).toContain(want);
      if (want.startsWith('方案未写明')) {
        expect(await page.locator('.annex-who .tag-reading').count()).toBe(1);
        expect(who).not.toContain('企业、县（市、区）应急管理局');
      }
      await page.close();
    }
  });
});

describe('报送要求与日历', () => {
  it('computes the next due date from today and filters by role', async () => {
    const ctx = await contextAt('2025-07-21T10:00:00');
    const { page, consoleErrors } = await openPage(ctx, site.url, '/reporting/');
    await expect
      .poll(() => page.locator('#report-annex1-monthly .next-due').textContent())
      .toBe('下次截止：2025-07-25（还有 4 天）');
    expect(await page.locator('#report-self-check-report .next-due').textContent()).toContain('已截止');
    expect(await page.locator('#report-annex5-monthly .next-due').textContent()).toContain('2025-08-10');

    const visible = () => page.locator('.reporting-item:visible').count();
    expect(await visible()).toBe(plan.reporting.length);
    await page.getByLabel('县（市、区）应急管理局').check();
    expect(await visible()).toBe(plan.reporting.filter((r) => r.who.includes('county')).length);
    expect(await page.locator('#report-self-check-report').isVisible()).toBe(false);
    expect(await page.locator('#report-annex4-once').isVisible()).toBe(true);
    expect(page.url()).toContain('role=county');
    await page.getByLabel('企业', { exact: true }).check();
    expect(await page.locator('#report-annex4-once').isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });

  it('opens filtered from a link (?role=county)', async () => {
    const { page } = await openPage(browser, site.url, '/reporting/?role=county');
    expect(await page.getByLabel('县（市、区）应急管理局').isChecked()).toBe(true);
    expect(await page.locator('#report-self-check-report').isVisible()).toBe(false);
    await page.close();
  });

  it('downloads a valid .ics calendar', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const { page } = await openPage(ctx, site.url, '/reporting/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('企业报送事项（.ics）').click(),
    ]);
    expect(download.suggestedFilename()).toBe('jincheng-76-enterprise.ics');
    const text = fs.readFileSync((await download.path())!, 'utf-8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text.split('BEGIN:VEVENT').length - 1).toBe(
      plan.reporting.filter((r) => r.who.includes('enterprise')).length,
    );
    await ctx.close();
  });
});

describe('我的企业属于哪些类型？', () => {
  const expectedIds = (kinds: Parameters<typeof requirementsFor>[1]) =>
    requirementsFor(plan, kinds).flatMap((c) => c.requirements.map((r) => r.id));

  it('combines several kinds without duplicates, remembers them and makes a link that reproduces them', async () => {
    const ctx = await browser.newContext();
    const { page, consoleErrors } = await openPage(ctx, site.url, '/my-enterprise/');
    await page.getByRole('checkbox', { name: /金属冶炼企业/ }).check();
    await page.getByRole('checkbox', { name: /涉及冷库的企业/ }).check();
    const want = expectedIds(['metal-smelting', 'cold-storage']);
    const shown = await page
      .locator('[data-requirement]:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-requirement')));
    expect(shown).toEqual(want);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toContain('gas-alarm');
    expect(shown).toContain('cold-storage-responsibility');
    expect(await page.locator('[data-count]').textContent()).toContain(`${want.length} 条要求`);
    expect(page.url()).toMatch(/\?kinds=metal-smelting,cold-storage$/);

    // Reload without the query: the browser remembers.
    await page.goto(new URL('/my-enterprise/', site.url).href);
    await expect.poll(() => page.getByRole('checkbox', { name: /涉及冷库的企业/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /金属冶炼企业/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /粉尘涉爆企业/ }).isChecked()).toBe(false);
    expect(consoleErrors).toEqual([]);
    await ctx.close();

    // A fresh browser (nothing stored) opening the shared link sees the same selection.
    const other = await browser.newContext();
    const shared = await openPage(other, site.url, '/my-enterprise/?kinds=metal-smelting,cold-storage');
    await expect.poll(() => shared.page.locator('[data-requirement]:visible').count()).toBe(want.length);
    await other.close();
  });

  it('unticking removes what only that kind required', async () => {
    const { page } = await openPage(browser, site.url, '/my-enterprise/?kinds=dust-explosion,non-coal-mine');
    await expect.poll(() => page.locator('[data-requirement="dust-wet-collector"]:visible').count()).toBe(1);
    await page.getByRole('checkbox', { name: /粉尘涉爆企业/ }).uncheck();
    expect(await page.locator('[data-requirement="dust-wet-collector"]:visible').count()).toBe(0);
    expect(await page.locator('[data-requirement]:visible').count()).toBe(
      expectedIds(['non-coal-mine']).length,
    );
    await page.close();
  });
});

describe('the combined view gives everything its sector pages give, merged without repeats', () => {
  /** What a page shows: campaigns with their time line and status, items, stage tasks, reporting, standards. */
  const collect = async (page: import('playwright-core').Page) => ({
    campaigns: await page.locator('.campaign-block:visible > h2').evaluateAll((els) => els.map((e) => e.id)),
    times: await page
      .locator('.campaign-block:visible > .campaign-window')
      .evaluateAll((els) => els.map((e) => e.textContent!.replace(/\s+/g, ''))),
    items: await page
      .locator('[data-requirement]:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-requirement')!)),
    tasks: await page
      .locator('[data-task]:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-task')!)),
    reports: await page.locator('.reporting-item:visible').evaluateAll((els) => els.map((e) => e.id)),
  });
  const combos: SectorId[][] = [
    ['metal-smelting', 'cold-storage'],
    ['dust-explosion', 'non-coal-mine', 'confined-space'],
  ];
  for (const kinds of combos) {
    it(`?kinds=${kinds.join(',')}`, async () => {
      const ctx = await contextAt('2025-08-01T09:00:00');
      const pages = [];
      for (const k of kinds) {
        const { page } = await openPage(ctx, site.url, `/sectors/${k}/`);
        pages.push(await collect(page));
      }
      const { page, consoleErrors } = await openPage(
        ctx,
        site.url,
        `/my-enterprise/?kinds=${kinds.join(',')}`,
      );
      await expect.poll(() => page.locator('[data-requirement]:visible').count()).toBeGreaterThan(0);
      const combined = await collect(page);
      for (const key of ['campaigns', 'items', 'tasks', 'reports', 'times'] as const) {
        const union = new Set(pages.flatMap((p) => p[key]));
        expect(new Set(combined[key]), key).toEqual(union);
        expect(combined[key].length, `${key} without repeats`).toBe(new Set(combined[key]).size);
      }
      // Windows carry the year and the status, as on a sector page.
      expect(combined.times.some((t) => /\d{4}年\d+月\d+日/.test(t))).toBe(true);
      for (const t of combined.times) expect(t).toMatch(/进行中|已结束|未开始|未规定起止/);
      expect(await page.locator('.campaign-block:visible .status').count()).toBe(combined.campaigns.length);
      expect(consoleErrors).toEqual([]);
      await ctx.close();
    });
  }

  it('on a phone, ticking a box changes a count that is on screen', async () => {
    const { page } = await openPage(browser, site.url, '/my-enterprise/', { width: 390 });
    const count = page.locator('[data-count]');
    const box = page.getByRole('checkbox', { name: /非煤矿山企业/ });
    await box.scrollIntoViewIfNeeded();
    const before = await count.textContent();
    await box.check();
    await expect.poll(() => count.textContent()).not.toBe(before);
    const r = (await count.boundingBox())!;
    expect(r.y).toBeGreaterThanOrEqual(0);
    expect(r.y + r.height).toBeLessThanOrEqual(844 + 1);
    const want = requirementsFor(plan, ['non-coal-mine']).flatMap((c) => c.requirements).length;
    expect(await count.textContent()).toContain(`${want} 条要求`);
    await page.close();
  });

  it('explains 所有冶金工贸企业: included with any 冶金工贸 kind; one copy-link button, no duplicate link', async () => {
    const { page } = await openPage(browser, site.url, '/my-enterprise/?kinds=cold-storage');
    const all = page.getByRole('checkbox', { name: /所有冶金工贸企业/ });
    await expect.poll(() => all.isChecked()).toBe(true);
    expect(await all.isDisabled()).toBe(true);
    expect(await page.locator('[data-implied-note]').isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: /涉及冷库的企业/ }).uncheck();
    expect(await all.isChecked()).toBe(false);
    expect(await all.isDisabled()).toBe(false);
    await page.getByRole('checkbox', { name: /非煤矿山企业/ }).check();
    expect(await page.getByRole('button', { name: '复制本选择的链接' }).count()).toBe(1);
    expect(await page.locator('.sector-selector a').count()).toBe(0);
    await page.close();
  });
});

describe('who to send reports to: the plan’s contacts', () => {
  const lines = contactLines(plan).map((l) => l.text);
  for (const pagePath of [
    '/reporting/',
    '/annexes/annex1/',
    '/annexes/annex2/',
    '/annexes/annex3/',
    '/annexes/annex4/',
    '/annexes/annex5/',
  ]) {
    it(`${pagePath} quotes the 联系人 block as the plan's contacts, not as a recipient`, async () => {
      const { page } = await openPage(browser, site.url, pagePath);
      const block = page.locator('.plan-contacts');
      expect(await block.count()).toBe(1);
      expect(await block.locator('[data-contact]').allTextContents()).toEqual(lines);
      // Folded on annex pages: one tap on its title opens it.
      if (pagePath.startsWith('/annexes/')) await block.locator('summary').click();
      for (const line of lines) expect(await block.getByText(line).isVisible()).toBe(true);
      const text = (await block.textContent())!;
      expect(text).toContain('方案列出的联系人');
      expect(text).toContain('方案没有写明报送对象');
      await page.close();
    });
  }

  it('the reporting heading follows the role filter', async () => {
    const { page } = await openPage(browser, site.url, '/reporting/?role=enterprise');
    await expect.poll(() => page.locator('#list').textContent()).toBe('企业的报送事项');
    await page.getByLabel('县（市、区）应急管理局').check();
    expect(await page.locator('#list').textContent()).toBe('县（市、区）应急管理局的报送事项');
    await page.getByLabel('全部').check();
    expect(await page.locator('#list').textContent()).toBe('全部报送事项');
    await page.close();
  });
});

describe('摘要 and 本站理解 explain themselves without hover', () => {
  for (const pagePath of ['/', '/sectors/metal-smelting/', '/reporting/', '/annexes/', '/annexes/annex1/']) {
    it(`${pagePath} shows a legend a phone can read`, async () => {
      const { page } = await openPage(browser, site.url, pagePath, { width: 390 });
      const legend = page.locator('.tag-legend').first();
      expect(await legend.isVisible()).toBe(true);
      expect(await legend.textContent()).toMatch(/摘要.*本站对方案原文的概括.*本站理解.*方案没有写明/);
      await page.close();
    });
  }
});

describe('中文搜索（Pagefind）', () => {
  it('builds the search box when search is first opened, with the cursor in it, and only once', async () => {
    const { page } = await openPage(browser, site.url, '/annexes/');
    const input = page.locator('#starlight__search .pagefind-ui__search-input');
    // Loaded and idle, but nobody has opened search: no search box yet (it used to be built on every page).
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
    expect(await input.count()).toBe(0);
    await page.keyboard.press('Control+k');
    await input.waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input')),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '搜索' }).click();
    expect(await input.count()).toBe(1);
    await page.close();
  });

  it('speaks Chinese: the results line and the clear button', async () => {
    const { page } = await openPage(browser, site.url, '/');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.locator('#starlight__search .pagefind-ui__search-input').fill('冷库');
    const message = page.locator('#starlight__search .pagefind-ui__message');
    await expect
      .poll(() => message.textContent(), { timeout: 10_000 })
      .toMatch(/^找到 \d+ 个与“冷库”相关的结果$/);
    const clear = page.locator('#starlight__search .pagefind-ui__search-clear');
    expect((await clear.textContent())!.trim()).toBe('清除');
    await page.locator('#starlight__search .pagefind-ui__search-input').fill('zzqqxx');
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toBe('没有找到与“zzqqxx”相关的结果');
    const ui = (await page.locator('#starlight__search').textContent())!;
    expect(ui).not.toMatch(/results? for|Clear|Load more|Searching/);
    await page.close();
  });

  const queries: [string, string[]][] = [
    ['有限空间', ['/sectors/confined-space/']],
    ['煤气', ['/sectors/metal-smelting/', '/sectors/natural-gas/']],
    ['动火作业', ['/plan/', '/sectors/all/', '/sectors/non-coal-mine/']],
    ['冷库', ['/sectors/cold-storage/']],
    ['湿式除尘', ['/sectors/dust-explosion/']],
    ['调度表', ['/annexes/', '/reporting/']],
    ['受限空间', ['/sectors/confined-space/']],
    ['液氨', ['/sectors/cold-storage/']],
    ['铝镁粉', ['/sectors/dust-explosion/']],
    ['铸造', ['/sectors/metal-smelting/']],
  ];
  for (const [query, expected] of queries) {
    it(`“${query}” finds ${expected.join(' or ')} among the first three results`, async () => {
      const { page, consoleErrors, externalRequests } = await openPage(browser, site.url, '/');
      await page.getByRole('button', { name: '搜索' }).click();
      await page.locator('#starlight__search .pagefind-ui__search-input').fill(query);
      // Wait until the results are those of the whole query (the UI searches as it goes).
      await expect
        .poll(() => page.locator('#starlight__search .pagefind-ui__message').textContent(), {
          timeout: 10_000,
        })
        .toContain(query);
      const links = page.locator(
        '#starlight__search .pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link',
      );
      await links.first().waitFor({ timeout: 10_000 });
      const hrefs = (
        await links.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).pathname))
      ).slice(0, 3);
      expect(
        hrefs.some((h) => expected.includes(h)),
        `results: ${hrefs.join(', ')}`,
      ).toBe(true);
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
      await page.close();
    });
  }
});

describe('行动方案全文', () => {
  it('every requirement item has a link target in the full text', async () => {
    const { page } = await openPage(browser, site.url, '/plan/#gas-alarm');
    await expect.poll(() => page.locator('#gas-alarm').textContent()).toContain('固定式煤气检测报警仪');
    const ids = plan.campaigns.flatMap((c) => c.sections.flatMap((s) => s.items.map((i) => i.id)));
    for (const id of ids) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    await page.close();
  });

  it('prints like a document: no site navigation, no anchors', async () => {
    const { page } = await openPage(browser, site.url, '/plan/');
    await page.emulateMedia({ media: 'print' });
    const display = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).display);
    expect(await display('header.header')).toBe('none');
    expect(await display('.doc-anchor')).toBe('none');
    expect(await page.locator('.doc-footer').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
