// 附件表格的浏览器测试（先 npm run build）：填写附件1两个月并下载、解析下载的文件；刷新保留草稿；
// 导入错误文件显示错误且草稿不变；导入自己的文件；键盘移动；错误摘要；第二个标签页；清空确认；
// 微信内置浏览器提示；存储不可用；手机卡片布局。
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { csvBytes, toCsv } from '../../src/lib/table/csv';
import { annexDraftStore, draftKey } from '../../src/lib/table/annex-draft';
import { addRow, emptyAnnex, setCell } from '../../src/lib/table/data';
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

const desktop = screens.wide;
const cell = (page: Page, row: string, column: string) =>
  page.getByRole('textbox', { name: `${row} ${column}`, exact: true });
async function ready(page: Page) {
  await page.locator('.annex-form[data-ready="true"]').waitFor();
}

/** Fills 附件1's header fields and 5月/6月 self-check numbers. */
async function fillAnnex1(page: Page) {
  await page.getByLabel(/^填报单位/).fill('泽州县应急管理局');
  await page.getByLabel(/^填报日期/).fill('2025-07-20');
  await cell(page, '5月', '企业自查自纠情况 · 自查企业（家）').fill('12');
  await cell(page, '5月', '企业自查自纠情况 · 一般隐患（条）').fill('30');
  await cell(page, '5月', '企业自查自纠情况 · 一般隐患已整改（条）').fill('25');
  await page.getByRole('button', { name: '添加 6月' }).click();
  await cell(page, '6月', '企业自查自纠情况 · 自查企业（家）').fill('8');
  await cell(page, '6月', '企业自查自纠情况 · 一般隐患（条）').fill('10');
  await cell(page, '6月', '企业自查自纠情况 · 一般隐患已整改（条）').fill('12');
  await page.getByLabel(/^填报人/).fill('王五');
  await page.getByLabel(/^联系电话/).fill('0356-2217654');
}

describe('附件1 调度表 on a desktop', () => {
  let ctx: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  let externalRequests: string[];
  beforeAll(async () => {
    ctx = await browser.newContext(desktop);
    ({ page, consoleErrors, externalRequests } = await openPage(ctx, site.url, '/annexes/annex1/'));
    await ready(page);
  });
  afterAll(async () => ctx?.close());

  it('fills two months; 累计 is computed, never typed', async () => {
    await fillAnnex1(page);
    const total = (col: string) =>
      page
        .getByRole('status', { name: `累计 ${col}` })
        .or(page.locator(`output[aria-label="累计 ${col}"]`))
        .first()
        .textContent();
    expect(await total('企业自查自纠情况 · 自查企业（家）')).toBe('20');
    expect(await total('企业自查自纠情况 · 一般隐患（条）')).toBe('40');
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await hasHorizontalScroll(page), (await findOverflowingElements(page)).join('\n')).toBe(false);
  });

  it('downloads an .xlsx that holds the values, the 累计 row and the official header', async () => {
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
    expect(rows[0]![0]).toBe('安全生产隐患排查整治调度表');
    const headerRow = rows.findIndex((r) => r[0] === '月份');
    expect(rows[headerRow]![1]).toBe('企业自查自纠情况');
    // The header's words, with a line break before the unit (never inside it) when the column wraps.
    expect(rows[headerRow + 1]![1]).toBe('自查企业\n（家）');
    const may = rows.find((r) => r[0] === '5月')!;
    const june = rows.find((r) => r[0] === '6月')!;
    const total = rows.find((r) => r[0] === '累计')!;
    expect(may.slice(1, 4)).toEqual([12, 30, 25]);
    expect(june.slice(1, 4)).toEqual([8, 10, 12]);
    expect(total.slice(1, 4)).toEqual([20, 40, 37]);
    expect(rows.some((r) => String(r[0] ?? '').includes('填报人：王五'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  it('downloads a CSV in UTF-8 with BOM, named like the Excel file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      '附件1_安全生产隐患排查整治调度表_泽州县应急管理局_2025-07.csv',
    );
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf-8').slice(1).split(/\r?\n/);
    expect(lines[0]).toContain('企业自查自纠情况·一般隐患已整改（条）');
    expect(lines[1]!.startsWith('5月,12,30,25')).toBe(true);
    expect(lines.find((l) => l.startsWith('累计'))!.startsWith('累计,20,40,37')).toBe(true);
  });

  it('keeps the draft across a reload', async () => {
    await page.reload();
    await ready(page);
    expect(await cell(page, '6月', '企业自查自纠情况 · 一般隐患已整改（条）').inputValue()).toBe('12');
    expect(await page.getByLabel(/^填报单位/).inputValue()).toBe('泽州县应急管理局');
    expect(await page.locator('.save-note').textContent()).toContain('已恢复上次的草稿');
  });

  it('moves between cells with arrows and Enter', async () => {
    await cell(page, '5月', '企业自查自纠情况 · 自查企业（家）').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '6月 企业自查自纠情况 · 自查企业（家）',
    );
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '6月 企业自查自纠情况 · 一般隐患（条）',
    );
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '5月 企业自查自纠情况 · 一般隐患（条）',
    );
  });

  it('shows a live error summary whose links go to the bad cell', async () => {
    await cell(page, '6月', '企业自查自纠情况 · 一般隐患（条）').fill('abc');
    const summary = page.locator('.error-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('6月 · 企业自查自纠情况 · 一般隐患（条）必须是不小于 0 的整数');
    // With 6月's hazards unreadable, 已整改 (37) now exceeds the hazards found so far (30).
    expect(await summary.textContent()).toContain(
      '6月 · 企业自查自纠情况 · 已整改（条）不能大于一般隐患（条）',
    );
    await summary.getByRole('link', { name: /一般隐患（条）必须是/ }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '6月 企业自查自纠情况 · 一般隐患（条）',
    );
    await cell(page, '6月', '企业自查自纠情况 · 一般隐患（条）').fill('10');
    await expect.poll(() => summary.count()).toBe(0);
  });

  it('an import of a file with bad cells shows file, row and column, and keeps the draft', async () => {
    // Our own CSV layout, with a Chinese numeral where a count belongs (row 2 of the file, column B).
    let bad = emptyAnnex(layouts.annex1);
    bad = setCell(bad, bad.rows[0]!.id, 'self-enterprises', '三');
    await page.locator('input[type=file]').setInputFiles({
      name: '坏文件.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csvBytes(toCsv(layouts.annex1, bad))),
    });
    const summary = page.locator('.error-summary').first();
    await expect.poll(() => summary.textContent()).toContain('无法导入“坏文件.csv”，当前草稿没有改动');
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('第 2 行');
    expect(text).toContain('B 列');
    expect(await cell(page, '5月', '企业自查自纠情况 · 自查企业（家）').inputValue()).toBe('12');
  });

  it('an import of another annex is refused with its name', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([['2025年重大事故隐患清单'], ['序号', '检查时间', '检查单位']]),
      '附件2',
    );
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '附件2.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    await expect.poll(() => page.locator('.error-summary').first().textContent()).toContain('不是附件1');
    expect(await cell(page, '6月', '企业自查自纠情况 · 自查企业（家）').inputValue()).toBe('8');
  });

  it('asks before export when required fields are empty, and says so in the page title', async () => {
    await page.getByLabel(/^填报人/).fill('');
    await page.getByRole('button', { name: '下载 Excel' }).click();
    await expect.poll(() => page.locator('.error-summary').last().textContent()).toContain('填报人不能为空');
    await expect.poll(() => page.title()).toMatch(/^错误：/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await page.getByLabel(/^填报人/).fill('王五');
    await expect.poll(() => page.title()).not.toMatch(/^错误：/);
  });

  it('a second tab editing the same draft is noticed, not silently overwritten', async () => {
    // Switching to another tab hides this one, which saves its last typing at once (填报人 was just
    // retyped); headless tabs are never hidden, so say so as the browser would.
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    const other = await ctx.newPage();
    await other.goto(page.url());
    await ready(other);
    await cell(other, '5月', '群众举报情况 · 举报一般隐患（条）').fill('2');
    // The other tab saves once its typing pauses; this tab hears of it then.
    await expect.poll(() => page.locator('.conflict-notice').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: '使用另一个标签页的版本' }).click();
    expect(await cell(page, '5月', '群众举报情况 · 举报一般隐患（条）').inputValue()).toBe('2');
    await other.close();
  });

  it('re-imports its own downloaded file exactly', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel' }).click(),
    ]);
    const file = (await download.path())!;
    const fresh = await browser.newContext(desktop);
    const { page: p2 } = await openPage(fresh, site.url, '/annexes/annex1/');
    await ready(p2);
    await p2.locator('input[type=file]').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/octet-stream',
      buffer: fs.readFileSync(file),
    });
    await p2.getByRole('button', { name: '确认导入' }).click();
    expect(await p2.getByLabel(/^填报单位/).inputValue()).toBe('泽州县应急管理局');
    expect(await cell(p2, '6月', '企业自查自纠情况 · 一般隐患已整改（条）').inputValue()).toBe('12');
    expect(await cell(p2, '5月', '群众举报情况 · 举报一般隐患（条）').inputValue()).toBe('2');
    await fresh.close();
  });

  it('清空 asks first and offers the download; cancelling keeps everything', async () => {
    await page.getByRole('button', { name: '清空' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: '先下载 Excel 备份' }).isVisible()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await cell(page, '5月', '企业自查自纠情况 · 自查企业（家）').inputValue()).toBe('12');
    await page.getByRole('button', { name: '清空' }).click();
    await dialog.getByRole('button', { name: '清空', exact: true }).click();
    expect(await cell(page, '5月', '企业自查自纠情况 · 自查企业（家）').inputValue()).toBe('');
    await page.reload();
    await ready(page);
    expect(await page.getByLabel(/^填报单位/).inputValue()).toBe('');
  });
});

describe('附件2 重大事故隐患清单', () => {
  it('imports a CSV saved by Excel on Chinese Windows (GBK), after confirmation', async () => {
    const ctx = await browser.newContext(desktop);
    const { page, consoleErrors } = await openPage(ctx, site.url, '/annexes/annex2/');
    await ready(page);
    const gbk = fs.readFileSync(path.join(projectRoot, 'src/lib/table/fixtures/annex2-gbk.csv'));
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '附件2.csv', mimeType: 'text/csv', buffer: gbk });
    expect(await page.locator('.import-confirm').textContent()).toContain('读取成功：2 行');
    expect(await page.getByRole('textbox', { name: '第 1 行 被检查单位', exact: true }).inputValue()).toBe(
      '',
    );
    await page.getByRole('button', { name: '确认导入' }).click();
    expect(await page.getByRole('textbox', { name: '第 1 行 被检查单位', exact: true }).inputValue()).toBe(
      '某某煤业有限公司',
    );
    expect(await page.getByRole('textbox', { name: '第 2 行 问题隐患描述', exact: true }).inputValue()).toBe(
      '污水池有限空间未设置警示标志',
    );
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });

  it('“先下载 Excel 备份” saves an unfinished draft before 清空', async () => {
    const ctx = await browser.newContext(desktop);
    const { page } = await openPage(ctx, site.url, '/annexes/annex2/');
    await ready(page);
    await page.getByRole('textbox', { name: '第 1 行 问题隐患描述', exact: true }).fill('配电室门未上锁');
    await page.getByRole('button', { name: '清空' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('dialog').getByRole('button', { name: '先下载 Excel 备份' }).click(),
    ]);
    const wb = XLSX.read(fs.readFileSync((await download.path())!));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, {
      header: 1,
      defval: null,
    });
    expect(rows.some((r) => r.includes('配电室门未上锁'))).toBe(true);
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    await ctx.close();
  });
});

describe('long tables', () => {
  it('附件3 with 120 rows shows 50 at a time; an error on another page is one click away', async () => {
    let ledger = emptyAnnex(layouts.annex3);
    for (let i = 1; i < 120; i++) ledger = addRow(layouts.annex3, ledger);
    ledger.rows.forEach((row, i) => {
      ledger = setCell(ledger, row.id, 'name', `污水井${i + 1}`);
      ledger = setCell(ledger, row.id, 'risk', '中');
    });
    const csv = toCsv(layouts.annex3, ledger);
    const ctx = await browser.newContext(desktop);
    const { page, consoleErrors } = await openPage(ctx, site.url, '/annexes/annex3/');
    await ready(page);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '台账.csv', mimeType: 'text/csv', buffer: Buffer.from(csvBytes(csv)) });
    await page.getByRole('button', { name: '确认导入' }).click();
    const pager = page.getByRole('navigation', { name: '表格分页' });
    expect(await pager.textContent()).toContain('第 1–50 行，共 120 行');
    expect(await page.locator('.annex-table tbody tr').count()).toBe(50);
    await pager.getByRole('button', { name: '下一页' }).click();
    expect(await page.getByRole('textbox', { name: '第 51 行 有限空间名称', exact: true }).inputValue()).toBe(
      '污水井51',
    );
    // An error on row 110 (page 3): the summary link brings that page and focuses the cell.
    await pager.getByRole('button', { name: '首页' }).click();
    // The imported table is saved once the page is idle; the stored draft is then changed by hand.
    await expect
      .poll(() => page.locator('.save-note').textContent(), { timeout: 10_000 })
      .toContain('已自动保存');
    await page.evaluate(() => {
      const key = 'jc76.annex.annex3';
      const stored = JSON.parse(localStorage.getItem(key)!);
      stored.data.rows[109].cells.risk = '很高';
      localStorage.setItem(key, JSON.stringify(stored));
    });
    await page.reload();
    await ready(page);
    await page
      .locator('.error-summary')
      .getByRole('link', { name: /第 110 行 · 风险等级只能填/ })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('第 110 行 风险等级');
    expect(await pager.textContent()).toContain('第 101–120 行');
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('typing in a long table', () => {
  /** A 2,000-row 附件2, every row filled, stored as the form stores its draft. */
  const longDraft = () => {
    const layout = layouts.annex2;
    const base = emptyAnnex(layout);
    const data = {
      ...base,
      fields: { ...base.fields, unit: '泽州县应急管理局' },
      rows: Array.from({ length: 2000 }, (_, i) => ({
        id: `r${i}`,
        cells: {
          ...base.rows[0]!.cells,
          'check-date': '2025-06-03',
          inspector: '县应急管理局',
          inspected: `晋城某企业${i + 1}有限公司`,
          description: `第${i + 1}处问题隐患`,
          progress: '整改中',
        },
      })),
    };
    const stored = new Map<string, string>();
    const memory = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
    };
    annexDraftStore(memory, 'annex2', 'seed').save(data);
    return { key: draftKey('annex2'), value: stored.get(draftKey('annex2'))! };
  };
  const cellOf = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
  const storedCell = (page: Page, row: number, column: string) =>
    page.evaluate(
      ({ row, column }) =>
        JSON.parse(localStorage.getItem('jc76.annex.annex2')!).data.rows[row].cells[column] as string,
      { row, column },
    );

  it('errors follow each keystroke; a reload right after typing keeps the last keystrokes', async () => {
    const ctx = await browser.newContext(desktop);
    const { page, consoleErrors } = await openPage(ctx, site.url, '/annexes/annex2/');
    await ready(page);
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), longDraft());
    await page.reload();
    await ready(page);
    expect(await page.getByRole('navigation', { name: '表格分页' }).textContent()).toContain('共 2000 行');
    expect(await page.locator('.error-summary').count()).toBe(0);

    // A date that does not exist, typed key by key: the summary and the cell say so; mended, both clear.
    const date = cellOf(page, '第 3 行 检查时间');
    await date.fill('');
    await date.pressSequentially('2025-02-30');
    const summary = page.locator('#form-error-summary');
    expect(await summary.textContent()).toContain('第 3 行 · 检查时间必须是日期');
    expect(await summary.locator('li').count()).toBe(1);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await cellOf(page, '第 4 行 检查时间').getAttribute('aria-invalid')).toBeNull();
    await date.press('Backspace');
    await date.press('Backspace');
    await date.pressSequentially('28');
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await date.getAttribute('aria-invalid')).toBeNull();
    // An emptied required cell in another row: that row's message, the first row's message gone.
    await cellOf(page, '第 50 行 被检查单位').fill('');
    expect(await summary.locator('li').allTextContents()).toEqual(['第 50 行 · 被检查单位不能为空']);

    // Typing, then a reload at once: the save waits for typing to pause, but leaving the page saves now.
    const progress = cellOf(page, '第 1 行 整改情况');
    await progress.click();
    await progress.press('End');
    await progress.pressSequentially('，已复查');
    await page.reload();
    await ready(page);
    expect(await cellOf(page, '第 1 行 整改情况').inputValue()).toBe('整改中，已复查');
    expect(await cellOf(page, '第 3 行 检查时间').inputValue()).toBe('2025-02-28');
    expect(await cellOf(page, '第 50 行 被检查单位').inputValue()).toBe('');
    expect(await page.getByRole('navigation', { name: '表格分页' }).textContent()).toContain('共 2000 行');
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });

  it('saves when typing pauses, and at once when the page is hidden', async () => {
    const ctx = await browser.newContext(desktop);
    const { page, consoleErrors } = await openPage(ctx, site.url, '/annexes/annex2/');
    await ready(page);
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), longDraft());
    await page.reload();
    await ready(page);
    const progress = cellOf(page, '第 2 行 整改情况');
    await progress.click();
    await progress.press('End');
    await progress.pressSequentially('，待复查');
    // Once typing pauses, the draft is written.
    await expect.poll(() => storedCell(page, 1, 'progress'), { timeout: 10_000 }).toBe('整改中，待复查');

    // One more keystroke, then the tab is hidden (switched away, phone locked) in the same moment:
    // no timer can run in between, so what is stored was written by the page being hidden.
    const [before, after] = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[aria-label="第 2 行 整改情况"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(input, `${input.value}。`);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const stored = () =>
        JSON.parse(localStorage.getItem('jc76.annex.annex2')!).data.rows[1].cells.progress as string;
      return Promise.resolve().then(() => {
        const before = stored();
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        delete (document as { visibilityState?: string }).visibilityState;
        return [before, stored()];
      });
    });
    expect(before, 'not written on the keystroke itself').toBe('整改中，待复查');
    expect(after).toBe('整改中，待复查。');
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('附件 print view', () => {
  it('prints only the paper table, A4 landscape, with borders and the header in <thead>', async () => {
    const ctx = await browser.newContext(desktop);
    const { page } = await openPage(ctx, site.url, '/annexes/annex5/');
    await ready(page);
    await page.getByRole('textbox', { name: '5月 行政处罚情况 · 处罚金额（万元）', exact: true }).fill('3');
    // The paper table is always in the page, hidden on screen; beforeprint (the 打印 button, Ctrl+P)
    // brings it up to date at once, without waiting for typing to pause.
    expect(await page.locator('.annex-print').isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.annex-print').isVisible()).toBe(true);
    expect(await page.locator('.annex-table').isVisible()).toBe(false);
    expect(await page.locator('header.header').isVisible()).toBe(false);
    const head = await page.locator('.annex-print thead').textContent();
    expect(head).toContain('有限空间作业排查整治攻坚行动月报表');
    expect(head).toContain('部门组织');
    const border = await page
      .locator('.annex-print td')
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(border).toBe('solid');
    expect(await page.locator('.annex-print tbody').textContent()).toContain('3.00');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 landscape is 842 × 595 points.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(box, 'the PDF has a page size').not.toBeNull();
    expect(Math.round(Number(box![1]))).toBe(842);
    expect(Math.round(Number(box![2]))).toBe(595);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.annex-print').isVisible()).toBe(false);
    await ctx.close();
  });
});

describe('附件 forms on a 390 px phone', () => {
  it('shows one card per month, no horizontal page scroll, and the draft survives a reload', async () => {
    const ctx = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const { page, consoleErrors } = await openPage(ctx, site.url, '/annexes/annex5/');
    await ready(page);
    expect(await page.locator('.annex-table').count(), 'no table on a phone').toBe(0);
    expect(await page.locator('.annex-card-row').count(), 'cards for 5月 and 累计').toBe(2);
    await page.getByRole('textbox', { name: '5月 行政处罚情况 · 处罚金额（万元）' }).fill('1.5');
    await page.getByRole('button', { name: '添加 6月' }).click();
    await page.getByRole('textbox', { name: '6月 行政处罚情况 · 处罚金额（万元）' }).fill('2.25');
    expect(await page.locator('.total-card').textContent()).toContain('3.75');
    expect(await page.locator('.total-card').textContent()).toContain('3.75');
    expect(await hasHorizontalScroll(page), (await findOverflowingElements(page)).join('\n')).toBe(false);
    await page.reload();
    await ready(page);
    expect(
      await page.getByRole('textbox', { name: '6月 行政处罚情况 · 处罚金额（万元）' }).inputValue(),
    ).toBe('2.25');
    // The page is hydrated in steps (the server's table becomes cards, the print table is drawn later):
    // once ready, no trace of the server's table is left, and the print table catches up with the
    // restored draft (one table, with both months and their sum).
    expect(await page.locator('.annex-table').count(), 'server table replaced').toBe(0);
    expect(await page.locator('.annex-print').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(() => page.locator('.annex-print tbody').textContent(), { timeout: 8000 })
      .toMatch(/1\.50[\s\S]*2\.25[\s\S]*3\.75/);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('the draft’s validation code (zod)', () => {
  it('is not downloaded while this tab only saves its own draft; a reload that must read the draft loads it', async () => {
    const ctx = await browser.newContext(desktop);
    const page = await ctx.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(new URL('/annexes/annex1/', site.url).href);
    await ready(page);
    const schemaChunk = (list: string[]) => list.filter((p) => /\/annex-data\.[^/]*\.js$/.test(p));
    // Saving this tab's own draft again and again needs no schema: what is stored is what it wrote.
    await page.getByLabel(/^填报单位/).fill('泽州县应急管理局');
    await cell(page, '5月', '企业自查自纠情况 · 自查企业（家）').fill('12');
    await expect
      .poll(() => page.locator('.save-note').textContent(), { timeout: 10_000 })
      .toContain('已自动保存');
    await page.waitForLoadState('networkidle');
    expect(schemaChunk(scripts), 'no zod for a first visit').toEqual([]);
    // A reload must read and check the stored draft: now the schema is loaded, and the draft comes back.
    await page.reload();
    await ready(page);
    expect(schemaChunk(scripts)).toHaveLength(1);
    expect(await page.getByLabel(/^填报单位/).inputValue()).toBe('泽州县应急管理局');
    expect(await cell(page, '5月', '企业自查自纠情况 · 自查企业（家）').inputValue()).toBe('12');
    expect(await page.locator('.save-note').textContent()).toContain('已恢复上次的草稿');
    await ctx.close();
  });
});

describe('where downloads or storage do not work', () => {
  it('in WeChat’s browser: says how to open the system browser and copies the table as text', async () => {
    const ctx = await browser.newContext({
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36 MicroMessenger/8.0.50.2701',
      viewport: { width: 390, height: 844 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page } = await openPage(ctx, site.url, '/annexes/annex3/');
    await ready(page);
    expect(await page.locator('.wechat-notice').textContent()).toContain('在浏览器打开');
    await page.getByLabel(/^企业名称/).fill('某某食品有限公司');
    await page.getByRole('textbox', { name: '第 1 行 有限空间名称' }).fill('污水井');
    await page.getByRole('button', { name: '复制为表格文本', exact: true }).click();
    const copied = await page
      .evaluate(() => navigator.clipboard.readText())
      .catch(() => page.locator('.tsv-fallback').inputValue());
    expect(copied).toContain('某某食品有限公司有限空间管理台账（参考）');
    expect(copied).toContain('1\t污水井');
    await ctx.close();
  });

  it('with storage blocked (private mode): a clear message, and the form still works', async () => {
    const ctx = await browser.newContext(desktop);
    await ctx.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const { page } = await openPage(ctx, site.url, '/annexes/annex4/');
    await ready(page);
    expect(await page.locator('.storage-notice').textContent()).toContain('不允许本站保存数据');
    await page.getByRole('textbox', { name: '机械（高炉企业） 有限空间作业场所（处）' }).fill('7');
    await page
      .getByRole('textbox', { name: '轻工（农副产品加工、食品制造、印染） 有限空间作业场所（处）' })
      .fill('5');
    expect(await page.locator('output[aria-label="合计 有限空间作业场所（处）"]').textContent()).toBe('12');
    await ctx.close();
  });
});
