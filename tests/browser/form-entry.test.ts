// 附件表格的填写体验（议题 12）：手机上添加月份后光标在新月份里；跳到或添加选定的月份，已填月份折叠、
// 累计卡片一直可见；键盘添加一行；八位数字日期；已整改按累计核对的说明和提示；1366 px 笔记本上的附件2
// 不横向滚动页面；清空对话框居中、关闭后光标回到表单；打印预览不依赖 beforeprint；微信里的提示。
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { todayInChina } from '../../src/lib/common/dates';
import { addRow, emptyAnnex, setCell } from '../../src/lib/table/data';
import { csvBytes, toCsv } from '../../src/lib/table/csv';
import { loadLayoutsFromFiles } from '../../src/lib/table/load-layouts-node';
import {
  findOverflowingElements,
  hasHorizontalScroll,
  openPage,
  projectRoot,
  screens,
  siteAndBrowser,
} from './harness';

const layouts = loadLayoutsFromFiles(projectRoot);

const { site, browser } = siteAndBrowser();

const { phone, laptop } = screens;

async function ready(page: Page) {
  await page.locator('.annex-form[data-ready="true"]').waitFor();
}
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
/** Whether the focused element is inside the viewport. */
const focusInView = (page: Page) =>
  page.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

describe('a month on a 390 px phone (附件1)', () => {
  let ctx: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  beforeAll(async () => {
    ctx = await browser.newContext(phone);
    ({ page, consoleErrors } = await openPage(ctx, site.url, '/annexes/annex1/'));
    await ready(page);
  });
  afterAll(async () => ctx?.close());

  it('“添加 6月” puts focus in 6月’s first field, on screen, and says so', async () => {
    await page
      .getByRole('textbox', { name: '5月 企业自查自纠情况 · 自查企业（家）', exact: true })
      .fill('12');
    await page
      .getByRole('textbox', { name: '5月 企业自查自纠情况 · 一般隐患（条）', exact: true })
      .fill('30');
    await page.getByRole('button', { name: '添加 6月' }).click();
    await expect.poll(() => focused(page)).toBe('6月 企业自查自纠情况 · 自查企业（家）');
    expect(await focusInView(page)).toBe(true);
    expect(await page.locator('.row-notice').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('.row-notice').textContent()).toContain('已添加6月');
    // The add button now reads 添加 7月: nothing was added by the focus move.
    expect(await page.locator('.month-card').count()).toBe(2);
  });

  it('the filled 5月 folds to its key figures; 累计 stays on screen as a summary', async () => {
    const may = page.locator('details.month-card').first();
    expect(await may.getAttribute('open')).toBeNull();
    expect(await may.locator('summary').textContent()).toContain('自查企业 12家、一般隐患 30条');
    await page.getByRole('textbox', { name: '6月 企业自查自纠情况 · 一般隐患（条）', exact: true }).fill('5');
    const total = page.locator('.total-card');
    expect(await total.textContent()).toContain('一般隐患 35条');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.month-picker').scrollIntoViewIfNeeded();
    const box = (await total.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    expect(box.y).toBeGreaterThan(0);
    expect(box.height).toBeLessThan(844 / 3);
  });

  it('the month picker adds a chosen month (and the months before it), or opens one already there', async () => {
    await page.getByLabel('跳到或添加月份').selectOption({ label: '9月（添加）' });
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await expect.poll(() => focused(page)).toBe('9月 企业自查自纠情况 · 自查企业（家）');
    expect(await focusInView(page)).toBe(true);
    expect(await page.locator('.month-card h3').allTextContents()).toEqual([
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
    ]);
    expect(await page.locator('.row-notice').textContent()).toContain('已添加7月至9月');
    const options = await page.locator('#month-picker option').allTextContents();
    expect(options.at(-1)).toBe('12月（添加）');
    await page.getByLabel('跳到或添加月份').selectOption({ label: '5月（已有）' });
    await page.getByRole('button', { name: '前往' }).click();
    await expect.poll(() => focused(page)).toBe('5月 企业自查自纠情况 · 自查企业（家）');
    expect(await page.locator('details.month-card').first().getAttribute('open')).not.toBeNull();
    expect(await page.locator('.row-notice').textContent()).toContain('已跳到5月');
    expect(await hasHorizontalScroll(page), (await findOverflowingElements(page)).join('\n')).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('a date typed on the digits keypad: eight digits are read, an impossible day is refused', async () => {
    const date = page.getByLabel(/^填报日期/);
    expect(await date.getAttribute('inputmode')).toBe('numeric');
    expect(await date.getAttribute('placeholder')).toBe(`例：${todayInChina()}`);
    await date.fill('20251131');
    expect(await page.locator('#field-date-error').textContent()).toContain('必须是日期');
    await date.fill('20251130');
    expect(await page.locator('#field-date-error').count()).toBe(0);
    await page.getByRole('button', { name: '下载 Excel' }).click();
    expect(await page.locator('.error-summary').textContent()).not.toContain('填报日期');
  });
});

describe('附件1 on a desktop: how the 已整改 check works', () => {
  it('one sentence near the table; a month’s own 已整改 above its 隐患 gets a hint, not an error', async () => {
    const ctx = await browser.newContext(laptop);
    const { page } = await openPage(ctx, site.url, '/annexes/annex1/');
    await ready(page);
    expect(await page.locator('.annex-checks').textContent()).toContain('已整改按累计核对');
    const cell = (row: string, col: string) =>
      page.getByRole('textbox', { name: `${row} ${col}`, exact: true });
    await cell('5月', '企业自查自纠情况 · 一般隐患（条）').fill('5');
    await cell('5月', '企业自查自纠情况 · 一般隐患已整改（条）').fill('2');
    await page.getByRole('button', { name: '添加 6月' }).click();
    await cell('6月', '企业自查自纠情况 · 一般隐患（条）').fill('1');
    await cell('6月', '企业自查自纠情况 · 一般隐患已整改（条）').fill('4');
    // Wait until the form has taken in both 6月 cells (under load the checks can run on the first alone,
    // when 累计已整改 6 is briefly above 累计隐患 5), then: a hint on the cell, and no error at all.
    const fixed = cell('6月', '企业自查自纠情况 · 一般隐患已整改（条）');
    await expect.poll(() => fixed.getAttribute('aria-describedby')).toMatch(/-hint$/);
    const hintId = await fixed.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${hintId}"]`).textContent()).toContain('多于本月一般隐患 1');
    expect(await page.locator('.error-summary').count()).toBe(0);
    await ctx.close();
  });
});

describe('附件2 on a 1366 × 768 laptop, with the keyboard', () => {
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ctx = await browser.newContext(laptop);
    ({ page } = await openPage(ctx, site.url, '/annexes/annex2/'));
    await ready(page);
  });
  afterAll(async () => ctx?.close());

  it('Enter in the last row offers 添加一行; a second Enter adds it and focus is in its first cell', async () => {
    const first = page.getByRole('textbox', { name: '第 1 行 检查时间', exact: true });
    await first.focus();
    await page.keyboard.type('20251130');
    await page.keyboard.press('Enter');
    expect(await page.locator('.annex-table tbody tr').count(), 'Enter alone adds nothing').toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('添加一行');
    expect(await page.locator('.row-notice').textContent()).toContain('按 Enter 键“添加一行”');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('第 2 行 检查时间');
    expect(await page.locator('.annex-table tbody tr').count()).toBe(2);
    expect(await page.locator('.row-notice').textContent()).toContain('已添加第 2 行');
    expect(await first.inputValue()).toBe('20251130');
    expect(await page.locator('#' + (await first.getAttribute('id')) + '-error').count()).toBe(0);
  });

  it('fits the page: no horizontal scroll, 删除 visible, 问题隐患描述 the widest, 序号 sticky', async () => {
    expect(await hasHorizontalScroll(page), (await findOverflowingElements(page)).join('\n')).toBe(false);
    const wrap = await page
      .locator('.annex-table-wrap')
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(wrap.scroll).toBeLessThanOrEqual(wrap.client + 1);
    const remove = page.getByRole('button', { name: '删除第 2 行' });
    expect(await remove.isVisible()).toBe(true);
    const rb = (await remove.boundingBox())!;
    const wb = (await page.locator('.annex-table-wrap').boundingBox())!;
    expect(rb.x + rb.width).toBeLessThanOrEqual(wb.x + wb.width + 1);
    const widths = await page
      .locator('.annex-table thead th')
      .evaluateAll((ths) => ths.map((th) => [th.textContent, th.getBoundingClientRect().width] as const));
    const description = widths.find(([t]) => t === '问题隐患描述')![1];
    expect(description).toBeGreaterThanOrEqual(220);
    for (const [text, w] of widths) if (text !== '问题隐患描述') expect(w).toBeLessThan(description);
    const serial = page.locator('.annex-table tbody th').first();
    expect(await serial.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  });

  it('清空 asks in a dialog in the middle of the screen; focus comes back to 清空', async () => {
    const clear = page.getByRole('button', { name: '清空', exact: true });
    await clear.click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.isVisible()).toBe(true);
    const box = (await dialog.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - 1366 / 2)).toBeLessThan(20);
    expect(Math.abs(box.y + box.height / 2 - 768 / 2)).toBeLessThan(20);
    await dialog.getByRole('button', { name: '取消' }).click();
    // The dialog's close event comes a task after the click: wait for it, not for a fixed time.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('清空');
    await clear.click();
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    // The dialog's close event comes a task after the click: wait for it, not for a fixed time.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('清空');
    await clear.click();
    await dialog.getByRole('button', { name: '清空', exact: true }).click();
    // 清空 is disabled on an empty form: focus goes to the form's title, not to <body>.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('annex-title');
  });
});

describe('printing without beforeprint', () => {
  it('a print preview shows every row of a 120-row 附件3, though the screen shows 50', async () => {
    let ledger = emptyAnnex(layouts.annex3);
    for (let i = 1; i < 120; i++) ledger = addRow(layouts.annex3, ledger);
    ledger.rows.forEach((row, i) => (ledger = setCell(ledger, row.id, 'name', `污水井${i + 1}`)));
    const ctx = await browser.newContext(laptop);
    const { page, consoleErrors } = await openPage(ctx, site.url, '/annexes/annex3/');
    await ready(page);
    await page.evaluate(() => {
      (window as unknown as { printEvents: number }).printEvents = 0;
      window.addEventListener(
        'beforeprint',
        () => (window as unknown as { printEvents: number }).printEvents++,
      );
    });
    await page.locator('input[type=file]').setInputFiles({
      name: '台账.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csvBytes(toCsv(layouts.annex3, ledger))),
    });
    await page.getByRole('button', { name: '确认导入' }).click();
    expect(await page.locator('.annex-table tbody tr').count()).toBe(50);
    // Already in the page before any print: hidden on screen, with every row, once typing has paused.
    expect(await page.locator('.annex-print').isVisible(), 'hidden on screen').toBe(false);
    await expect
      .poll(() => page.locator('.annex-print tbody').textContent(), { timeout: 8000 })
      .toContain('污水井120');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.annex-print').isVisible()).toBe(true);
    expect(await page.locator('.annex-table').isVisible()).toBe(false);
    const printed = await page.locator('.annex-print tbody').textContent();
    for (const n of [1, 50, 51, 120]) expect(printed).toContain(`污水井${n}`);
    expect(await page.evaluate(() => (window as unknown as { printEvents: number }).printEvents)).toBe(0);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('in WeChat’s browser', () => {
  it('says typed data stays in WeChat and offers to download or copy first', async () => {
    const ctx = await browser.newContext({
      ...phone,
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36 MicroMessenger/8.0.50.2701',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page } = await openPage(ctx, site.url, '/annexes/annex2/');
    await ready(page);
    const notice = page.locator('.wechat-notice');
    expect(await notice.textContent()).toContain('只保存在微信自己的存储中');
    expect(await notice.textContent()).toContain('不会出现');
    await page.getByRole('textbox', { name: '第 1 行 检查单位', exact: true }).fill('泽州县应急管理局');
    await notice.getByRole('button', { name: '先复制为表格文本' }).click();
    expect(await page.locator('.action-notice').textContent()).toMatch(/已复制表格文本|长按下面的文本框/);
    expect(await notice.getByRole('button', { name: '先下载 Excel' }).isVisible()).toBe(true);
    await ctx.close();
  });
});
