// 汇总的第二轮首次使用（issue 18 第 2、7、8 项，先 npm run build）：1366 px 笔记本上文件表的“文件”“填报日期”
// “月份”列不被挤成一两个字一行；选择的文件刷新后仍在（存的是读取结果），可清除；存储已满时说清楚并照常汇总；
// 重复文件可以“整份文件计入这一个”，下载的“来源文件”每行的是否计入说对；“家”列累计的本站理解在附件1表单、
// 汇总页和 Excel 里都有。
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import { openPage, projectRoot, screens, siteAndBrowser } from './harness';

const { site, browser } = siteAndBrowser();

const laptop = screens.laptop;
const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Upload = { name: string; mimeType: string; buffer: Buffer };

/** A 附件1 file as this site exports it: 填报单位, 填报日期, and 自查企业（家）/一般隐患 for the months given. */
async function annex1File(
  name: string,
  unit: string,
  date: string,
  months: [string, number][],
): Promise<Upload> {
  const { toSheet } = await import('../../src/lib/table/sheet');
  const { workbookBytes } = await import('../../src/lib/table/xlsx-write');
  const { loadLayoutsFromFiles } = await import('../../src/lib/table/load-layouts-node');
  const a1 = loadLayoutsFromFiles(projectRoot).annex1;
  const bytes = await workbookBytes([
    toSheet(a1, {
      annex: 'annex1',
      fields: { unit, date, filler: '张三', phone: '0356-1234567' },
      rows: months.map(([month, n], i) => ({
        id: `r${i}`,
        month,
        cells: { 'self-enterprises': String(n), 'self-general': '2', 'self-general-fixed': '1' },
      })),
    }),
  ]);
  return { name, mimeType: xlsxMime, buffer: Buffer.from(bytes) };
}

/** 甲镇 twice (4a older, 4b later), 乙镇 once: the files of the issue. */
const files = async () => [
  await annex1File('4a.xlsx', '甲镇', '2025-07-01', [
    ['2025-05', 25],
    ['2025-06', 28],
    ['2025-07', 30],
  ]),
  await annex1File('4b.xlsx', '甲镇', '2025-07-20', [
    ['2025-06', 27],
    ['2025-07', 31],
  ]),
  await annex1File('乙镇安全生产隐患排查整治调度表（7月报送）.xlsx', '乙镇', '2025-07-21', [['2025-05', 3]]),
];

/** How many lines an element's text takes (its text boxes' distinct tops). */
const linesOf = (el: Locator) =>
  el.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });

const rowOf = (page: Page, name: string) =>
  page.locator('.summary-files tbody tr', { has: page.locator(`th:text-is("${name}")`) });

async function addFiles(page: Page, list: Upload[]) {
  await page.locator('input[type="file"]').setInputFiles(list);
  await expect
    .poll(() => page.locator('.file-drop-progress').innerText())
    .toBe(`已读取 ${list.length} 个文件。`);
}

/** The 来源文件 sheet of the downloaded 汇总 Excel: [文件名, 月份, 是否计入] per row. */
async function sourcesOf(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /下载汇总 Excel/ }).click(),
  ]);
  const wb = XLSX.read(fs.readFileSync((await download.path())!));
  const grid = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['来源文件']!, { header: 1 });
  const header = grid.find((r) => r.includes('是否计入'))!;
  const [file, month, status] = ['文件名', '月份', '是否计入'].map((h) => header.indexOf(h));
  return grid
    .filter((r) => typeof r[0] === 'number')
    .map((r) => [String(r[file!]), String(r[month!]), String(r[status!])]);
}

describe('汇总附件1 on a 1366 px laptop (issue 18)', () => {
  it('keeps 文件, 填报日期 and 月份 at least four characters wide; 问题 takes what is left', async () => {
    const ctx = await browser.newContext(laptop);
    const { page, consoleErrors } = await openPage(ctx, site.url, '/summary/annex1/');
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    await addFiles(page, await files());
    for (const col of ['col-file', 'col-date', 'col-months']) {
      const th = page.locator(`.summary-files thead th.${col}`);
      const box = (await th.boundingBox())!;
      const em = await th.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(box.width, col).toBeGreaterThanOrEqual(4 * em);
      // The header's words stay on one line.
      expect(await linesOf(th), col).toBe(1);
    }
    // Each cell's words run at least four characters a line (the issue saw one or two).
    for (const name of ['4a.xlsx', '乙镇安全生产隐患排查整治调度表（7月报送）.xlsx'])
      for (const col of ['col-file', 'col-date', 'col-months']) {
        const cell = rowOf(page, name).locator(`.${col}`);
        const chars = [...(await cell.innerText()).trim()].length;
        expect(await linesOf(cell), `${name} ${col}`).toBeLessThanOrEqual(Math.max(1, Math.ceil(chars / 4)));
      }
    expect(await linesOf(rowOf(page, '4a.xlsx').locator('.col-date'))).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('汇总附件1: duplicates, reload, 来源文件 (issue 18)', () => {
  it('整份文件计入这一个, 来源文件 words, restored after a reload, cleared on request', async () => {
    const ctx = await browser.newContext(laptop);
    const { page, consoleErrors, externalRequests } = await openPage(ctx, site.url, '/summary/annex1/');
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    await addFiles(page, await files());

    // By default the later 4b counts for 6月 and 7月; 4a is counted for 5月 only.
    expect(await rowOf(page, '4a.xlsx').getAttribute('data-status')).toBe('partial');
    expect(await sourcesOf(page)).toEqual([
      ['4a.xlsx', '5月', '计入'],
      ['4a.xlsx', '6月', '未计入（重复，计入 4b.xlsx）'],
      ['4a.xlsx', '7月', '未计入（重复，计入 4b.xlsx）'],
      ['4b.xlsx', '6月', '计入（与 4a.xlsx 重复，按填报日期较晚计入这一个）'],
      ['4b.xlsx', '7月', '计入（与 4a.xlsx 重复，按填报日期较晚计入这一个）'],
      ['乙镇安全生产隐患排查整治调度表（7月报送）.xlsx', '5月', '计入'],
    ]);

    // One click counts the whole of 4a: both months' radios follow, 4b is left out.
    const whole = page.getByRole('button', { name: '4a.xlsx：整份文件计入这一个' });
    await whole.click();
    await expect.poll(() => rowOf(page, '4a.xlsx').getAttribute('data-status')).toBe('included');
    expect(await whole.getAttribute('aria-pressed')).toBe('true');
    expect(await rowOf(page, '4b.xlsx').getAttribute('data-status')).toBe('duplicate');
    for (const m of ['6月', '7月'])
      expect(
        await page
          .locator('fieldset.summary-choice', { hasText: `甲镇 · ${m}` })
          .getByLabel(/^4a\.xlsx/)
          .isChecked(),
      ).toBe(true);
    const sources = await sourcesOf(page);
    expect(sources.slice(0, 5)).toEqual([
      ['4a.xlsx', '5月', '计入'],
      ['4a.xlsx', '6月', '计入（与 4b.xlsx 重复，已选择计入这一个）'],
      ['4a.xlsx', '7月', '计入（与 4b.xlsx 重复，已选择计入这一个）'],
      ['4b.xlsx', '6月', '未计入（重复，计入 4a.xlsx）'],
      ['4b.xlsx', '7月', '未计入（重复，计入 4a.xlsx）'],
    ]);
    for (const [, , words] of sources)
      if (words!.startsWith('未计入')) expect(words).not.toMatch(/已选择计入这一个|部分计入/);
    // 累计 of 自查企业（家）: 25 + 28 + 30 + 3, the months added; said as 本站理解 under the table.
    const total = page.locator('.summary-result tr', { has: page.locator('td:text-is("累计")') });
    expect((await total.locator('td').allInnerTexts())[1]).toBe('86');
    const note = page.locator('.summary-result .cell-note', { hasText: '备注（本站理解）' });
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('同一企业在几个月都计入的，每个月各计一次');

    // A reload (WeChat does one when the user switches apps) brings back the files read and the choice.
    await page.reload();
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    const restored = page.locator('.summary-restored');
    await expect.poll(() => restored.innerText()).toContain('已恢复上次选择的 3 份文件的读取结果');
    expect(await page.locator('.summary-files tbody tr').count()).toBe(3);
    expect(await rowOf(page, '4a.xlsx').getAttribute('data-status')).toBe('included');
    expect(await page.locator('.summary-total').innerText()).toBe(
      '合计包括 2 个文件（共 3 个，1 个未计入）。',
    );
    expect((await total.locator('td').allInnerTexts())[1]).toBe('86');
    expect((await sourcesOf(page)).slice(3, 5)).toEqual([
      ['4b.xlsx', '6月', '未计入（重复，计入 4a.xlsx）'],
      ['4b.xlsx', '7月', '未计入（重复，计入 4a.xlsx）'],
    ]);
    // Files added after the reload get new ids: removing one leaves the restored ones alone.
    await addFiles(page, [await annex1File('丙镇.xlsx', '丙镇', '2025-07-22', [['2025-06', 5]])]);
    expect(await page.locator('.summary-files tbody tr').count()).toBe(4);
    await page.getByRole('button', { name: '移除 丙镇.xlsx' }).click();
    expect(await page.locator('.summary-files tbody tr').count()).toBe(3);

    // 清除: the files are gone, and stay gone after the next reload.
    await restored.getByRole('button', { name: '清除上次的读取结果' }).click();
    expect(await page.locator('.summary-files').count()).toBe(0);
    await page.reload();
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    expect(await page.locator('.summary-restored').count()).toBe(0);
    expect(await page.locator('.summary-files').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await ctx.close();
  });

  it('with the browser’s storage full, says the results were not saved and still sums and downloads', async () => {
    const ctx = await browser.newContext(laptop);
    const { page, consoleErrors } = await openPage(ctx, site.url, '/summary/annex1/');
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    // Fill this origin's localStorage until the browser refuses more.
    await page.evaluate(() => {
      let size = 1 << 20;
      let i = 0;
      while (size >= 64) {
        try {
          localStorage.setItem(`fill-${i++}`, 'x'.repeat(size));
        } catch {
          size >>= 1;
        }
      }
    });
    await addFiles(page, await files());
    const problem = page.locator('.annex-summary .storage-notice');
    await expect.poll(() => problem.innerText()).toContain('浏览器存储空间已满，这次读取的文件结果没有保存');
    expect(await page.locator('.summary-total').innerText()).toBe('合计包括 3 个文件（共 3 个）。');
    expect((await sourcesOf(page))[0]).toEqual(['4a.xlsx', '5月', '计入']);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('汇总附件1 with a saved draft it cannot read (issues 18, 19)', () => {
  it('says so, pauses saving, still sums, and deleting the broken draft saves what the page read', async () => {
    const ctx = await browser.newContext(laptop);
    await ctx.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('jc76.summary.annex1', '{"v":1,"data":{"files":"broken"}}');
      }
    });
    const { page, consoleErrors } = await openPage(ctx, site.url, '/summary/annex1/');
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    const problem = page.locator('.annex-summary .storage-notice');
    expect(await problem.innerText()).toContain('草稿内容不完整或已损坏');
    expect(await problem.innerText()).toContain('自动保存已暂停');
    await addFiles(page, await files());
    expect(await page.locator('.summary-total').innerText()).toBe('合计包括 3 个文件（共 3 个）。');
    // The broken draft is kept as it was until the user says otherwise.
    expect(await page.evaluate(() => localStorage.getItem('jc76.summary.annex1'))).toBe(
      '{"v":1,"data":{"files":"broken"}}',
    );
    // Deleting it keeps the three files read on the page and saves them in its place.
    await problem.getByRole('button', { name: '删除无法读取的草稿，保存本页内容' }).click();
    expect(await page.locator('.annex-summary .storage-notice').count()).toBe(0);
    expect(await page.locator('.summary-total').innerText()).toBe('合计包括 3 个文件（共 3 个）。');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('jc76.summary.annex1') ?? ''))
      .toContain('4a.xlsx');
    await page.reload();
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    await expect
      .poll(() => page.locator('.summary-restored').innerText())
      .toContain('已恢复上次选择的 3 份文件的读取结果');
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('本站理解 on the 累计 of 家 columns (issue 18)', () => {
  it('附件1 form says it under the table, naming the 家 columns', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, '/annexes/annex1/', { width: 1366 });
    await page.locator('.annex-form[data-ready="true"]').waitFor();
    const note = page.locator('.annex-form .month-total-reading');
    expect(await note.isVisible()).toBe(true);
    const text = await note.innerText();
    expect(text).toMatch(/^本站理解/);
    expect(text).toContain('自查企业（家）、督查企业（家）');
    expect(text).toContain('方案没有规定');
    expect(text).not.toContain('一般隐患');
    // 附件2 has no months and says nothing of the kind.
    await page.goto(new URL('annexes/annex2/', site.url).href);
    await page.locator('.annex-form[data-ready="true"]').waitFor();
    expect(await page.locator('.month-total-reading').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
