// 判定标准和有限空间规定的页面（issue 20）：逐条原文、锚点和复制链接、与方案要求和自查的双向链接、
// 手机和打印、搜索能找到条文。先 npm run build。
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasHorizontalScroll, openPage, screens, siteAndBrowser } from './harness';

const { site, browser } = siteAndBrowser();

async function open(path: string, screen: keyof typeof screens = 'desktop') {
  const ctx = await browser.newContext(screens[screen]);
  const opened = await openPage(ctx, site.url, path);
  return { ctx, ...opened };
}

const searchHrefs = async (page: Page, query: string) => {
  await page.getByRole('button', { name: '搜索' }).click();
  await page.locator('#starlight__search .pagefind-ui__search-input').fill(query);
  await expect
    .poll(() => page.locator('#starlight__search .pagefind-ui__message').textContent(), { timeout: 10_000 })
    .toContain(query);
  const links = page.locator(
    '#starlight__search .pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link',
  );
  await links.first().waitFor({ timeout: 10_000 });
  return links.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).pathname));
};

describe('第10号令 as a page', () => {
  it('states the document’s facts and every article and item verbatim, each with its anchor', async () => {
    const { ctx, page, consoleErrors, externalRequests, status } = await open('/criteria/mem10/');
    expect(status).toBe(200);
    const facts = await page.locator('.criteria-facts').innerText();
    expect(facts).toContain('中华人民共和国应急管理部令第10号');
    expect(facts).toContain('应急管理部');
    expect(facts).toContain('2023年5月15日起施行');
    expect(facts).toMatch(/现行有效\s*本站理解/);
    expect(facts).toContain('第十五条（附则）');
    expect(await page.locator('.criteria-item').count()).toBe(65);
    expect(await page.locator('h3#mem10-4').innerText()).toContain('第四条 冶金企业');
    expect(await page.locator('#mem10-4-5').innerText()).toContain(
      '炉顶工作压力设定值超过设计文件规定的最高工作压力',
    );
    expect(await page.locator('[data-article="mem10-15"] .criteria-missing').innerText()).toMatch(
      /^〔原文未取得/,
    );
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await ctx.close();
  });

  it('copies a link to an item, and the link opens the page at that item', async () => {
    const ctx = await browser.newContext(screens.desktop);
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.url.replace(/\/$/, ''),
    });
    const { page } = await openPage(ctx, site.url, '/criteria/mem10/');
    const item = page.locator('#mem10-4-6');
    await item.getByRole('button', { name: '复制链接（第10号令第四条（六））' }).click();
    await expect.poll(() => item.locator('.copy-link-result').first().textContent()).toBe('已复制链接');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL('/criteria/mem10/#mem10-4-6', site.url).href);
    await page.goto(copied);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('mem10-4-6');
    const top = await item.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);
    await ctx.close();
  });

  it('moves from a criterion to its plan requirement and to a self-check that lists it, and back', async () => {
    const { ctx, page } = await open('/criteria/mem10/');
    const item = page.locator('#mem10-4-6');
    const plan = item.locator('.criteria-links a[href^="/plan/#"]');
    expect(await plan.first().getAttribute('href')).toBe('/plan/#gas-alarm');
    expect(await plan.first().innerText()).toMatch(/^行动方案（一）1\./);
    await item.getByRole('link', { name: '用这一条自查' }).click();
    await page.waitForURL(/\/self-check\//);
    const card = page.locator('[data-item="mem10-4-6"]');
    await card.waitFor();
    // The page scrolls to that item once it is drawn.
    await expect
      .poll(() => card.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
      .toBeLessThan(400);
    expect(await card.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    // …and from the self-check item back to the article.
    const source = card.locator('.sc-meta a');
    expect(await source.getAttribute('href')).toBe('/criteria/mem10/#mem10-4-6');
    await ctx.close();
  });

  it('reads on a 390 px phone without sideways scrolling', async () => {
    for (const path of [
      '/criteria/',
      '/criteria/mem10/',
      '/criteria/mines/',
      '/criteria/mem13/',
      '/criteria/gb46768/',
    ]) {
      const { ctx, page, consoleErrors } = await open(path, 'phone');
      expect(await hasHorizontalScroll(page), path).toBe(false);
      expect(consoleErrors, path).toEqual([]);
      await ctx.close();
    }
  });

  it('prints as a clean list: articles and items, no buttons or links to copy', async () => {
    const { ctx, page } = await open('/criteria/mem10/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.copy-link-button').first().isVisible()).toBe(false);
    expect(await page.locator('.criteria-links').first().isVisible()).toBe(false);
    expect(await page.locator('#mem10-4-6').isVisible()).toBe(true);
    expect(await page.locator('h3#mem10-4').isVisible()).toBe(true);
    await ctx.close();
  });
});

describe('the mine criteria, 第13号令 and GB 46768-2025', () => {
  it('merges 88号 and 41号 by part, each 2024 item marked', async () => {
    const { ctx, page } = await open('/criteria/mines/');
    expect(await page.locator('.criteria-item').count()).toBe(72);
    expect(await page.locator('.criteria-supplement').count()).toBe(8);
    expect(await page.locator('#mine-underground-29').innerText()).toContain('井下或者井口动火作业');
    const facts = await page.locator('.criteria-facts').allInnerTexts();
    expect(facts.join('\n')).toContain('国家矿山安全监察局');
    expect(facts.join('\n')).toContain('2024年4月23日印发，通知未单列施行日期');
    await ctx.close();
  });

  it('第13号令: articles in order, those not obtained said so', async () => {
    const { ctx, page } = await open('/criteria/mem13/');
    expect(await page.locator('.criteria-clause').count()).toBe(22);
    expect(await page.locator('#mem13-7').innerText()).toContain(
      '应当由工贸企业主要负责人或者其书面委托的人员进行审批',
    );
    expect(await page.locator('#mem13-19').innerText()).toContain('参考文本未取得原文');
    await ctx.close();
  });

  it('GB 46768-2025: the clauses held, the issuer not invented', async () => {
    const { ctx, page } = await open('/criteria/gb46768/');
    expect(await page.locator('.criteria-clause').count()).toBe(63);
    expect(await page.locator('#gb46768-5-9-1').innerText()).toContain('19.5%');
    expect(await page.locator('.criteria-facts').innerText()).toContain('参考文本未收录');
    await ctx.close();
  });
});

describe('search finds the criteria and keeps plan topics on the guidance', () => {
  const criteriaQueries: [string, string][] = [
    ['氨直接蒸发制冷', '/criteria/mem10/'],
    ['炉顶工作压力', '/criteria/mem10/'],
    ['泄爆 惰化', '/criteria/mem10/'],
    ['排洪设施', '/criteria/mines/'],
    ['快速冻结装置', '/criteria/mem10/'],
    ['水冷元件', '/criteria/mem10/'],
  ];
  for (const [query, expected] of criteriaQueries)
    it(`“${query}” opens ${expected} among the first three results`, async () => {
      const { ctx, page } = await open('/');
      const hrefs = (await searchHrefs(page, query)).slice(0, 3);
      expect(hrefs, hrefs.join(', ')).toContain(expected);
      await ctx.close();
    });

  // Pagefind splits a Chinese query into words: 作业方案 matches 作业 and 方案 on every guidance page almost
  // equally, so the page holding 编制详实的作业方案 must be among the first five with only the plan's
  // guidance before it; the whole phrase puts it first.
  const planQueries: [string, string[], number][] = [
    ['有限空间', ['/sectors/confined-space/'], 1],
    ['作业方案', ['/sectors/confined-space/', '/plan/'], 5],
    ['编制详实的作业方案', ['/sectors/confined-space/', '/plan/'], 1],
  ];
  for (const [query, expected, within] of planQueries)
    it(`“${query}”: the plan’s guidance comes first, before any standard or tool page`, async () => {
      const { ctx, page } = await open('/');
      const hrefs = await searchHrefs(page, query);
      const at = hrefs.findIndex((h) => expected.includes(h));
      expect(at, hrefs.join(', ')).toBeGreaterThanOrEqual(0);
      expect(at, hrefs.join(', ')).toBeLessThan(within);
      for (const h of hrefs.slice(0, at + 1)) expect(h, hrefs.join(', ')).toMatch(/^\/(sectors|plan)\//);
      await ctx.close();
    });
});

describe('a criteria article in the training room', () => {
  it('第四条 opens from its page as a deck: a screen per 情形, source on S, a handout with the 情形 answers', async () => {
    const { ctx, page, consoleErrors } = await open('/criteria/mem10/');
    await page.locator('[data-article="mem10-4"]').getByRole('link', { name: '培训投影这一条' }).click();
    await page.waitForURL(/\/training\/criteria\/mem10-4\/$/);
    await page.setViewportSize({ width: 1920, height: 1080 });
    const answers = page.locator('.handout-item .handout-answers');
    expect(await answers.count()).toBe(8);
    expect(await page.locator('.handout-item').nth(4).locator('.handout-answer').allTextContents()).toEqual([
      '不存在该情形',
      '存在该情形（重大事故隐患）',
      '不适用',
    ]);
    await page.getByRole('button', { name: '开始投影' }).click();
    // Keys go to the deck once it is open on its first screen.
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await expect.poll(() => page.url()).toMatch(/#1$/);
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.training-slide').getAttribute('data-slide')).toBe('mem10-4-8');
    await page.keyboard.press('S');
    expect(await page.locator('.training-source').textContent()).toContain(
      '《工贸企业重大事故隐患判定标准》（中华人民共和国应急管理部令第10号）第四条（八）',
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout-item .tick, .handout-answers').first().isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('from the plan’s guidance to the criteria, one tap', () => {
  it('a sector page lists the articles for its kind and what each answer adds (液氨制冷 → 第十二条)', async () => {
    const { ctx, page } = await open('/sectors/cold-storage/');
    const section = page.locator('.sector-criteria');
    expect(await section.locator('h2').innerText()).toBe('对应的重大事故隐患判定标准');
    expect(await section.innerText()).toContain('本站理解');
    const ammonia = section.locator('li', { has: page.locator('a[href="/criteria/mem10/#mem10-12"]') });
    expect(await ammonia.count()).toBe(1);
    expect(await section.locator('a[href="/criteria/mem10/#mem10-3"]').count()).toBe(1);
    await ammonia.locator('a').click();
    await page.waitForURL(/\/criteria\/mem10\/#mem10-12$/);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('mem10-12');
    await ctx.close();
  });

  it('a requirement on a sector page links to its criterion, and the criterion back to the requirement', async () => {
    const { ctx, page } = await open('/sectors/metal-smelting/');
    const alarm = page.locator('#req-gas-alarm');
    const link = alarm.locator('.requirement-criteria a', { hasText: '第10号令第四条（六）' });
    expect(await link.getAttribute('href')).toBe('/criteria/mem10/#mem10-4-6');
    await link.click();
    await page.waitForURL(/#mem10-4-6$/);
    await page.locator('#mem10-4-6 .criteria-links a[href="/plan/#gas-alarm"]').click();
    await page.waitForURL(/\/plan\/#gas-alarm$/);
    await ctx.close();
  });
});
