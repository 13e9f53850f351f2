// 附件表格的导入与页面细节（先 npm run build）：附件4 没有表上方的填报行；附件3 台账标题里的企业名称、
// “高风险”等按“高/中/低”读入并在导入摘要中说明；附件2 整改时限可填日期或文字；超过 Excel 单元格上限的
// 内容不能输入、不能导入；两个错误摘要同时出现时 id 不重复。
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { csvBytes } from '../../src/lib/table/csv';
import { leafColumns } from '../../src/lib/table/layout';
import { loadLayoutsFromFiles } from '../../src/lib/table/load-layouts-node';
import { openPage, projectRoot, screens, siteAndBrowser } from './harness';

const layouts = loadLayoutsFromFiles(projectRoot);

const { site, browser } = siteAndBrowser();

const desktop = screens.wide;
async function open(path: string) {
  const ctx = await browser.newContext(desktop);
  const opened = await openPage(ctx, site.url, path);
  await opened.page.locator('.annex-form[data-ready="true"]').waitFor();
  return { ctx, ...opened };
}
const pick = (page: Page, name: string, buffer: Buffer) =>
  page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
/** Ids used more than once on the page. */
const duplicateIds = (page: Page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });

describe('annex pages and imports', () => {
  it('附件4 shows no 填报单位 / 填报日期, only 填表人 and 联系电话 below the table', async () => {
    const { ctx, page, consoleErrors } = await open('/annexes/annex4/');
    const form = page.locator('.annex-form');
    expect(await form.getByLabel(/^填报单位/).count()).toBe(0);
    expect(await form.getByLabel(/^填报日期/).count()).toBe(0);
    expect(await page.locator('.annex-fields.above input').count()).toBe(0);
    expect(await page.locator('.annex-fields.below label').allTextContents()).toEqual([
      '填表人（必填）',
      '联系电话（必填）',
    ]);
    await page.getByRole('button', { name: '下载 Excel' }).click();
    const summary = page.locator('#form-error-summary');
    await expect.poll(() => summary.textContent()).toContain('填表人不能为空');
    expect(await summary.textContent()).not.toContain('填报');
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });

  it('附件3: a ledger titled with the enterprise’s name and 高风险 / 低风险 — the summary says what was read how', async () => {
    const { ctx, page, consoleErrors } = await open('/annexes/annex3/');
    const ws = XLSX.utils.aoa_to_sheet([
      ['某某有限公司有限空间管理台账'],
      leafColumns(layouts.annex3).map((c) => c.header),
      [1, '污水池', '厂区东侧', 2, '硫化氢', '中毒窒息', '外包作业', '高风险', '王五'],
      [2, '发酵罐', '二车间', 1, '二氧化碳', '窒息', '自主作业', '低风险', '赵六'],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '台账');
    await pick(page, '台账.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const confirm = page.locator('.import-confirm');
    await expect.poll(() => confirm.textContent()).toContain('读取成功：2 行');
    expect(await confirm.locator('.import-notes li').allTextContents()).toEqual([
      '风险等级：2 行的“高风险”、“低风险”等按“高/中/低”读入',
      '企业名称：从标题“某某有限公司有限空间管理台账”读入“某某有限公司”，请核对',
    ]);
    await page.getByRole('button', { name: '确认导入' }).click();
    expect(await page.getByLabel(/^企业名称/).inputValue()).toBe('某某有限公司');
    expect(await page.locator('.annex-title').textContent()).toBe('某某有限公司有限空间管理台账（参考）');
    expect(await page.getByRole('combobox', { name: '第 1 行 风险等级', exact: true }).inputValue()).toBe(
      '高',
    );
    expect(await page.getByRole('combobox', { name: '第 2 行 风险等级', exact: true }).inputValue()).toBe(
      '低',
    );
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });

  it('附件1: a file holding only 6月 fills 6月; 5月 is an empty row; the 填报 line is read as people write it', async () => {
    const { ctx, page, consoleErrors } = await open('/annexes/annex1/');
    const l1 = layouts.annex1;
    const groups: unknown[] = ['月份'];
    for (const node of l1.header)
      if ('group' in node) groups.push(node.group, ...Array(node.children.length - 1).fill(null));
    const june = [8, 10, 12, 1, 0, 3, 4, 4, 0, 0, 0, 1, 0, 2, 2, 0, 0];
    const ws = XLSX.utils.aoa_to_sheet([
      ['安全生产隐患排查整治调度表'],
      ['填报单位（盖章）：泽州县甲镇', null, null, null, null, null, null, null, null, '2025年7月20日'],
      groups,
      [
        '',
        ...leafColumns(l1)
          .slice(1)
          .map((c) => c.header),
      ],
      ['6月', ...june],
      ['累计', ...june],
      ['填报人(签字):王五', null, null, null, null, null, null, null, null, '联系电话：0356-2217654'],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '调度表');
    await pick(page, '甲镇6月.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const confirm = page.locator('.import-confirm');
    await expect.poll(() => confirm.textContent()).toContain('读取成功：2 行');
    expect(await confirm.locator('.import-notes li').allTextContents()).toEqual([
      '填报日期：第 2 行 J 列的“2025年7月20日”前面没有写“填报日期”，按填报日期读入，请核对',
      '文件里只有6月的数字；5月导入后是空行',
      // 6月 rectified more than it found: hazards of 5月, which the file does not hold.
      '文件“甲镇6月.xlsx”第 5 行 D 列（企业自查自纠情况 · 一般隐患已整改（条））：不能大于一般隐患（条）（截至6月累计：已整改 12，一般隐患 10）。文件里没有5月的数字，已整改可能包括此前发现的隐患，没有算作错误，请核对',
    ]);
    await page.getByRole('button', { name: '确认导入' }).click();
    expect(await page.getByLabel(/^填报单位/).inputValue()).toBe('泽州县甲镇');
    expect(await page.getByLabel(/^填报日期/).inputValue()).toBe('2025-07-20');
    expect(await page.getByLabel(/^填报人/).inputValue()).toBe('王五');
    const cell = (row: string, column: string) =>
      page.getByRole('textbox', { name: `${row} ${column}`, exact: true });
    expect(await cell('6月', '企业自查自纠情况 · 自查企业（家）').inputValue()).toBe('8');
    expect(await cell('6月', '企业自查自纠情况 · 一般隐患（条）').inputValue()).toBe('10');
    expect(await cell('5月', '企业自查自纠情况 · 自查企业（家）').inputValue()).toBe('');
    expect(
      await page.locator('output[aria-label="累计 企业自查自纠情况 · 自查企业（家）"]').textContent(),
    ).toBe('8');
    // The form checks its table from 5月: the 6月 已整改 is now said there, to be filled in 5月 or corrected.
    await expect
      .poll(() => page.locator('#form-error-summary').textContent())
      .toContain('6月 · 企业自查自纠情况 · 已整改（条）不能大于一般隐患（条）');
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });

  it('附件2: 整改时限 takes 立即整改 or a date; a broken date is named', async () => {
    const { ctx, page } = await open('/annexes/annex2/');
    const deadline = page.getByRole('textbox', { name: '第 1 行 整改时限', exact: true });
    const summary = page.locator('#form-error-summary');
    // A started row is told about its empty required cells; 整改时限 itself is fine.
    await deadline.fill('立即整改');
    await expect.poll(() => summary.textContent()).toContain('检查单位不能为空');
    expect(await summary.textContent()).not.toContain('整改时限');
    await deadline.fill('2025-13-01');
    await expect
      .poll(() => summary.textContent())
      .toContain('整改时限必须是日期（例如 2025-06-30）或文字（例如 立即整改、限期30日）');
    await deadline.fill('2025年7月1日');
    await expect.poll(() => summary.textContent()).not.toContain('整改时限');
    await ctx.close();
  });

  it('typing stops at Excel’s 32,767 characters; a longer cell in a file is refused and the draft kept', async () => {
    const { ctx, page } = await open('/annexes/annex2/');
    const inputs = page.locator(
      '.annex-form input[type=text], .annex-form input[type=tel], .annex-form textarea',
    );
    expect(await inputs.count()).toBeGreaterThan(5);
    expect(new Set(await inputs.evaluateAll((els) => els.map((e) => e.getAttribute('maxlength'))))).toEqual(
      new Set(['32767']),
    );
    const description = page.getByRole('textbox', { name: '第 1 行 问题隐患描述', exact: true });
    await description.fill('字'.repeat(32_800));
    expect((await description.inputValue()).length).toBe(32_767);
    await description.fill('瓦斯超限');

    const header = leafColumns(layouts.annex2).map((c) => c.header);
    const csv = `${header.join(',')}\r\n1,2025-06-03,县应急管理局,某公司,,${'隐'.repeat(32_768)}\r\n`;
    await pick(page, '清单.csv', Buffer.from(csvBytes(csv)));
    const failed = page.locator('#import-error-summary');
    await expect.poll(() => failed.textContent()).toContain('无法导入“清单.csv”，当前草稿没有改动');
    expect(await failed.textContent()).toContain(
      '文件“清单.csv”第 2 行 F 列（问题隐患描述）：有 32768 个字符，超过 Excel 单元格上限 32767 个字符',
    );
    expect(await description.inputValue()).toBe('瓦斯超限');
    await ctx.close();
  });

  it('the form’s error summary and a failed import’s show together with ids of their own', async () => {
    const { ctx, page } = await open('/annexes/annex1/');
    await page.getByRole('button', { name: '下载 Excel' }).click();
    await page.locator('#form-error-summary').waitFor();
    await pick(page, '空.csv', Buffer.from(csvBytes('无关,内容\r\n')));
    await page.locator('#import-error-summary').waitFor();
    expect(await page.locator('.error-summary').count()).toBe(2);
    // Focus is on what just happened: the failed import.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-error-summary');
    expect(await duplicateIds(page)).toEqual([]);
    for (const id of ['form-error-summary', 'import-error-summary'])
      expect(await page.locator(`#${id}`).getAttribute('aria-labelledby')).toBe(`${id}-title`);
    await ctx.close();
  });
});
