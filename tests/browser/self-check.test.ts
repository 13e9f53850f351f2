// 企业自查的浏览器测试（先 npm run build）：选类型、回答问题、逐条勾选、刷新保留、筛选、复制为下一次自查、
// 删除确认、导出并重新导入、打印报告、下载报告 Excel、生成附件2行并在附件2中看到、第二个标签页、存储被禁用、手机宽度。
import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findOverflowingElements,
  formatViolations,
  hasHorizontalScroll,
  openPage,
  runAxe,
  screens,
  siteAndBrowser,
} from './harness';

const { site, browser } = siteAndBrowser();

const desktop = screens.desktop;
const link = '/self-check/?kinds=metal-smelting&mem10-industry=metallurgy';
const item = (page: Page, id: string) => page.locator(`[data-item="${id}"]`);
const mark = (page: Page, id: string, status: string) =>
  item(page, id).getByRole('radio', { name: status, exact: true }).check();
const count = async (page: Page, which: string) =>
  (await page.locator(`[data-count="${which}"]`).textContent())!.replace(/\s+/g, '');
async function ready(page: Page) {
  await page.locator('.sc-item').first().waitFor();
}

describe('企业自查 on a desktop', () => {
  let ctx: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  let externalRequests: string[];
  beforeAll(async () => {
    ctx = await browser.newContext(desktop);
    ({ page, consoleErrors, externalRequests } = await openPage(ctx, site.url, link));
    await ready(page);
  });
  afterAll(() => ctx?.close());

  it('starts from the ?kinds= link and says which question decided which list', async () => {
    expect(await page.getByRole('checkbox', { name: '金属冶炼企业' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '冶金', exact: true }).isChecked()).toBe(true);
    expect(await page.locator('[data-question="mem10-industry"] .sc-decides').textContent()).toContain(
      '这个回答列入了：第四条',
    );
    expect(await item(page, 'mem10-4-6').count()).toBe(1);
    // Another kind brings its lists: 粉尘涉爆 → 第十一条.
    const before = await count(page, 'checked');
    await page.getByRole('checkbox', { name: '粉尘涉爆企业' }).check();
    expect(await item(page, 'mem10-11-1').count()).toBe(1);
    expect(await count(page, 'checked')).not.toBe(before);
    await page.getByRole('checkbox', { name: '粉尘涉爆企业' }).uncheck();
    expect(await item(page, 'mem10-11-1').count()).toBe(0);
  });

  it('a failed plan item is 一般; its linked 情形 is beside it, and only 存在该情形 makes it 重大', async () => {
    await page.getByLabel('企业名称').fill('晋城某钢铁有限公司');
    await page.getByLabel('检查人员').fill('张三、李四');
    const total = Number((await count(page, 'checked')).split('/')[1]);
    expect(total).toBeGreaterThan(30);
    // The text is verbatim, the source is given.
    expect(await item(page, 'gas-alarm').locator('.sc-meta').textContent()).toContain(
      '行动方案（一）1. 固定式煤气检测报警仪',
    );
    // Criteria are answered as 情形, plan items as 符合 / 不符合.
    expect(
      await item(page, 'mem10-4-8')
        .locator('.sc-status input')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['未检查', '不存在该情形', '存在该情形', '不适用']);
    expect(await item(page, 'mem10-4-8').locator('.sc-status').textContent()).toContain(
      '存在该情形（重大事故隐患）',
    );
    // Why a criterion is listed and why items are linked are the site's readings, and say so.
    expect(await item(page, 'mem10-4-6').locator('.sc-because').textContent()).toContain('本站理解');
    expect(await item(page, 'gas-alarm').locator('.sc-linked').textContent()).toMatch(/^本站理解/);
    await mark(page, 'gas-archives', '符合');
    await mark(page, 'gas-alarm', '不符合');
    const gas = item(page, 'gas-alarm');
    expect(await gas.getByLabel('隐患级别').inputValue()).toBe('一般');
    expect(await gas.locator('.sc-rule').textContent()).toContain(
      '存在重大事故隐患判定标准所列情形的，是重大事故隐患',
    );
    expect(await count(page, 'major')).toBe('重大隐患0');
    expect(await count(page, 'general')).toBe('一般隐患1');
    const linked = gas.locator('[data-linked-criterion="mem10-4-6"]');
    expect(await linked.textContent()).toContain('第10号令第四条（六）');
    expect(await gas.locator('.sc-linked-criteria').textContent()).toContain(
      '如存在该情形，即为重大事故隐患',
    );
    await gas.getByLabel('隐患描述').fill('主控室未设固定式一氧化碳报警仪');
    // One tap on the 情形 beside it: 重大, one hazard, the criterion's card says where the record is.
    await linked.getByRole('radio', { name: '存在该情形（重大事故隐患）' }).check();
    expect(await item(page, 'mem10-4-6').getAttribute('data-status')).toBe('存在该情形');
    expect(await gas.locator('.sc-level-major').textContent()).toBe(
      '重大事故隐患（判定标准情形：第10号令第四条（六））',
    );
    expect(await count(page, 'major')).toBe('重大隐患1');
    expect(await count(page, 'general')).toBe('一般隐患0');
    expect(await item(page, 'mem10-4-6').locator('.sc-merged').textContent()).toContain('是同一处隐患');
    expect(await item(page, 'mem10-4-6').locator('.sc-hazard').count()).toBe(0);
    // Another hazard after all: counted apart, the plan item back to 一般.
    await gas.getByRole('checkbox', { name: /同一处隐患/ }).uncheck();
    expect(await count(page, 'major')).toBe('重大隐患1');
    expect(await count(page, 'general')).toBe('一般隐患1');
    expect(await item(page, 'mem10-4-6').locator('.sc-hazard').count()).toBe(1);
    await gas.getByRole('checkbox', { name: /同一处隐患/ }).check();
    expect(await count(page, 'general')).toBe('一般隐患0');
  });

  it('records hazards, counts them, and marks 逾期', async () => {
    const total = Number((await count(page, 'checked')).split('/')[1]);
    await mark(page, 'mem10-4-7', '存在该情形（重大事故隐患）');
    expect(await item(page, 'mem10-4-7').locator('.sc-level-major').textContent()).toContain(
      '第10号令第四条（七）',
    );
    await item(page, 'mem10-4-7').getByLabel('整改时限').fill('2025-01-31');
    await item(page, 'mem10-4-7').getByLabel('整改措施').fill('加装隔断装置');
    await mark(page, 'gas-repair-records', '不符合');
    expect(await item(page, 'gas-repair-records').getByLabel('隐患级别').inputValue()).toBe('一般');
    await item(page, 'gas-repair-records').getByLabel('整改情况').selectOption('已整改');
    await item(page, 'gas-alarm').getByLabel('整改时限').fill('停产整改完成前');
    expect(await count(page, 'checked')).toBe(`已检查5/${total}`);
    expect(await count(page, 'major')).toBe('重大隐患2');
    expect(await count(page, 'general')).toBe('一般隐患1');
    expect(await count(page, 'rectified')).toBe('已整改1/3');
    expect(await count(page, 'overdue')).toBe('逾期1');
    expect(await item(page, 'mem10-4-7').locator('.sc-overdue-tag').textContent()).toBe('逾期');
  });

  it('filters: 只看隐患, 只看逾期 (with the linked item), 只看未检查', async () => {
    await page.getByRole('button', { name: '只看隐患' }).click();
    expect(
      await page.locator('.sc-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item'))),
    ).toEqual(['gas-repair-records', 'gas-alarm', 'gas-main-cutoff', 'mem10-4-6', 'mem10-4-7']);
    await page.getByRole('button', { name: '只看逾期' }).click();
    expect(
      await page.locator('.sc-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item'))),
    ).toEqual(['gas-main-cutoff', 'mem10-4-7']);
    await page.getByRole('button', { name: '只看未检查' }).click();
    expect(await item(page, 'gas-archives').count()).toBe(0);
    await page.getByRole('button', { name: '全部' }).click();
    expect(await item(page, 'gas-archives').count()).toBe(1);
  });

  it('keeps everything after a reload', async () => {
    await page.reload();
    await ready(page);
    expect(await page.getByLabel('企业名称').inputValue()).toBe('晋城某钢铁有限公司');
    expect(await item(page, 'gas-alarm').getAttribute('data-status')).toBe('不符合');
    expect(await item(page, 'gas-alarm').getByLabel('隐患描述').inputValue()).toBe(
      '主控室未设固定式一氧化碳报警仪',
    );
    expect(await item(page, 'gas-archives').getAttribute('data-status')).toBe('符合');
    expect(await item(page, 'mem10-4-6').getAttribute('data-status')).toBe('存在该情形');
    expect(await count(page, 'overdue')).toBe('逾期1');
  });

  it('is usable with the keyboard: arrow keys move between statuses', async () => {
    await item(page, 'gas-water-seal').getByRole('radio', { name: '未检查' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await item(page, 'gas-water-seal').getAttribute('data-status')).toBe('符合');
    await page.keyboard.press('ArrowLeft');
    expect(await item(page, 'gas-water-seal').getAttribute('data-status')).toBe('未检查');
  });

  it('prints only the 自查自改报告, 重大 hazards first, with signature lines', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sc-report').isVisible()).toBe(true);
    expect(await page.locator('.sc-book').isVisible()).toBe(false);
    expect(await page.locator('.sc-item').first().isVisible()).toBe(false);
    const report = page.locator('.sc-report');
    expect(await report.locator('h2').textContent()).toBe('安全生产隐患自查自改报告');
    expect(await report.textContent()).toContain('晋城某钢铁有限公司');
    expect(await report.textContent()).toContain('企业主要负责人（签字）');
    const levels = await report.locator('.sc-report-hazards tbody tr td:nth-child(2)').allTextContents();
    expect(levels).toEqual(['重大', '重大', '一般']);
    // One row for the plan item and its 情形, citing both.
    expect(await report.locator('.sc-report-hazards tbody tr td:nth-child(4)').first().textContent()).toBe(
      '行动方案（一）1. 固定式煤气检测报警仪；第10号令第四条（六）',
    );
    expect(await report.locator('.sc-report-items').textContent()).toContain('存在该情形（重大事故隐患）');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.sc-report').isVisible()).toBe(false);
  });

  it('prints what was checked by default (a count line for the rest), or only the hazards; each hazard on one page', async () => {
    const checked = await page.locator('.sc-item:not([data-status="未检查"])').count();
    const all = await page.locator('.sc-item').count();
    expect(checked).toBeGreaterThan(2);
    expect(all - checked).toBeGreaterThan(10);
    await page.emulateMedia({ media: 'print' });
    const report = page.locator('.sc-report');
    expect(await report.locator('.sc-report-items tbody tr').count()).toBe(checked);
    expect(await report.locator('.sc-report-left-out').textContent()).toBe(
      `另有 ${all - checked} 项未检查，未逐条列出（见“自查结果”的统计）。`,
    );
    expect(await report.locator('.sc-report-options').isVisible()).toBe(false);
    // The printed headers are the Excel's (隐患清单, 检查条目), 类别 included.
    expect(await report.locator('.sc-report-items thead').innerText()).toMatch(
      /序号\s*类别\s*出处\s*检查内容（原文）\s*检查结果/,
    );
    expect(await report.locator('.sc-report-hazards thead').innerText()).toContain('隐患级别');
    // A hazard's row and its photos are one block that does not break across pages; 出处 is not squeezed.
    expect(
      await report
        .locator('.sc-report-hazard')
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside),
    ).toBe('avoid');
    const sourceWidth = await report
      .locator('.sc-report-items td.sc-col-source')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
    const fontSize = await report
      .locator('.sc-report-items td.sc-col-source')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(sourceWidth).toBeGreaterThanOrEqual(fontSize * 9.5);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: '查看自查自改报告' }).click();
    await report.getByLabel('只打印隐患').check();
    await page.emulateMedia({ media: 'print' });
    expect(await report.locator('.sc-report-items').count()).toBe(0);
    expect(await report.locator('.sc-report-hazards tbody tr td:nth-child(2)').allTextContents()).toEqual([
      '重大',
      '重大',
      '一般',
    ]);
    expect(await report.locator('.sc-report-left-out').textContent()).toContain('本次只打印隐患');
    await page.emulateMedia({ media: 'screen' });
    await report.getByLabel('只打印已检查的条目').check();
    await page.getByRole('button', { name: '收起自查自改报告' }).click();
  });

  it('on a phone the report’s hazard cells say what they are (责任人：…)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '查看自查自改报告' }).click();
    const cell = page.locator('.sc-report-hazards td.sc-col-owner').first();
    expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"责任人："');
    expect(
      await page
        .locator('.sc-report-hazards td.sc-col-deadline')
        .first()
        .evaluate((el) => getComputedStyle(el, '::before').content),
    ).toBe('"整改时限："');
    await page.getByRole('button', { name: '收起自查自改报告' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('downloads the report as .xlsx with 报告, 检查条目 and 隐患清单 sheets', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载报告 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^自查自改报告_晋城某钢铁有限公司_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = XLSX.read(fs.readFileSync((await download.path())!), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['报告', '检查条目', '隐患清单']);
    const hazards = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['隐患清单']!, { header: 1, defval: '' });
    expect(JSON.stringify(hazards)).toContain('主控室未设固定式一氧化碳报警仪');
    const listed = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['检查条目']!, { header: 1, defval: '' });
    expect(JSON.stringify(listed)).toContain('存在该情形（重大事故隐患）');
    expect(JSON.stringify(listed)).not.toMatch(/"mem10[^"]*","不符合"/);
    // Places are named in Chinese (行动方案（一）1. …), never by a slug such as #gas-alarm.
    for (const name of wb.SheetNames)
      expect(JSON.stringify(XLSX.utils.sheet_to_json(wb.Sheets[name]!, { header: 1 }))).not.toMatch(
        /#\s*[a-z]/,
      );
    expect(JSON.stringify(listed)).toContain('行动方案（一）1. 煤气设施技术档案');
  });

  it('生成附件2行: previews, asks, then the 附件2 form has the rows', async () => {
    await page.getByRole('button', { name: '生成附件2行' }).click();
    const preview = page.locator('.sc-annex2-preview');
    // The 附件2 draft's schema loads on this click: wait for the preview.
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(2);
    expect(await preview.locator('tbody').textContent()).toContain(
      '（行动方案（一）1. 固定式煤气检测报警仪；第10号令第四条（六））',
    );
    // Who reports 附件2 is for the local bureau to confirm: said as the site's reading.
    expect(await preview.locator('.sc-annex2-who').textContent()).toMatch(
      /^本站理解.*请向属地应急管理部门确认/,
    );
    // Nothing changed yet.
    expect(await page.evaluate(() => localStorage.getItem('jc76.annex.annex2'))).toBeNull();
    await page.getByRole('button', { name: '确认添加到附件2' }).click();
    await expect
      .poll(() => page.locator('.sc-annex2 [role=status]').textContent())
      .toContain('已在附件2草稿中添加 2 行');
    // Again: nothing to add twice.
    await page.getByRole('button', { name: '生成附件2行' }).click();
    await expect
      .poll(() => page.locator('.sc-annex2 [role=status]').textContent())
      .toContain('项重大事故隐患已在附件2草稿中');
    const annex = await ctx.newPage();
    await annex.goto(new URL('/annexes/annex2/', site.url).href);
    await annex.locator('.annex-form[data-ready="true"]').waitFor();
    const values = await annex
      .locator('.annex-form textarea, .annex-form input')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values.some((v) => v.startsWith('主控室未设固定式一氧化碳报警仪'))).toBe(true);
    expect(values).toContain('晋城某钢铁有限公司');
    expect(values).toContain('停产整改完成前');
    await annex.close();
  });

  it('duplicates for next month with the open hazards only', async () => {
    await page.getByRole('button', { name: '复制为下一次自查' }).click();
    expect(await page.locator('#sc-open option').count()).toBe(2);
    expect(await item(page, 'gas-alarm').getAttribute('data-status')).toBe('不符合');
    expect(await item(page, 'mem10-4-6').getAttribute('data-status')).toBe('存在该情形');
    expect(await item(page, 'mem10-4-7').getAttribute('data-status')).toBe('存在该情形');
    expect(await item(page, 'gas-repair-records').getAttribute('data-status')).toBe('未检查'); // 已整改
    expect(await item(page, 'gas-archives').getAttribute('data-status')).toBe('未检查');
    await page.getByLabel(/^名称/).fill('9月自查');
    expect(await page.locator('#sc-open option:checked').textContent()).toBe('9月自查');
  });

  it('exports a self-check and imports it back; a wrong file is refused with a message', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出自查文件' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const buffer = fs.readFileSync((await download.path())!);
    const input = page.locator('.sc-book input[type=file]');
    await input.setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a":1}'),
    });
    await expect
      .poll(() => page.locator('.sc-book .sc-note').textContent())
      .toContain('不是本站导出的自查文件');
    expect(await page.locator('#sc-open option').count()).toBe(2);
    await input.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer });
    await expect.poll(() => page.locator('#sc-open option').count()).toBe(3);
    await expect.poll(() => page.locator('.sc-book .sc-note').textContent()).toContain('已导入“9月自查”');
    expect(await item(page, 'gas-alarm').getAttribute('data-status')).toBe('不符合');
  });

  it('deletes only after confirmation', async () => {
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await page.getByRole('button', { name: '取消' }).click();
    expect(await page.locator('#sc-open option').count()).toBe(3);
    await page.getByRole('button', { name: '删除', exact: true }).click();
    expect(await page.locator('.sc-confirm').textContent()).toContain('删除后不能恢复');
    await page.getByRole('button', { name: '确定删除' }).click();
    expect(await page.locator('#sc-open option').count()).toBe(2);
  });

  it('notices a second tab instead of overwriting it', async () => {
    const other = await ctx.newPage();
    await other.goto(page.url());
    await ready(other);
    await mark(other, 'gas-water-seal', '不适用');
    await expect.poll(() => page.locator('.conflict-notice').count()).toBe(1);
    await page.getByRole('button', { name: '使用另一个标签页的版本' }).click();
    expect(await item(page, 'gas-water-seal').getAttribute('data-status')).toBe('不适用');
    await other.close();
  });

  it('a link with other kinds offers a new self-check instead of changing the open one', async () => {
    const before = await page.locator('#sc-open option').count();
    await page.goto(new URL('/self-check/?kinds=cold-storage', site.url).href);
    await ready(page);
    expect(await page.locator('.notice').filter({ hasText: '地址里带有企业类型' }).textContent()).toContain(
      '涉及冷库的企业',
    );
    expect(await page.getByRole('checkbox', { name: '金属冶炼企业' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: '按地址新建一份自查' }).click();
    expect(await page.locator('#sc-open option').count()).toBe(before + 1);
    expect(await page.getByRole('checkbox', { name: '涉及冷库的企业' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '金属冶炼企业' }).isChecked()).toBe(false);
  });

  it('has no console errors, no outside requests and no serious axe violations', async () => {
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    const violations = await runAxe(page, { include: '.self-check' });
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

describe('企业自查 on a 390 px phone', () => {
  it('fits the screen and keeps the counts visible while scrolling', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, link, { width: 390 });
    await ready(page);
    await mark(page, 'gas-alarm', '不符合');
    expect(await hasHorizontalScroll(page), (await findOverflowingElements(page)).join('\n')).toBe(false);
    await item(page, 'mem10-4-6').scrollIntoViewIfNeeded();
    const box = await page.locator('.sc-counts').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(120);
    // Status buttons are big enough to tap.
    const tap = await item(page, 'gas-alarm').locator('.sc-status span').first().boundingBox();
    expect(tap!.height).toBeGreaterThanOrEqual(44);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the bar shrinks to one line while scrolling, offers 跳到报告; links and filters are 44 px to tap; reasons name the ticked box', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, link, { width: 390 });
    await ready(page);
    // The question says which box brought it: 金属冶炼企业 was ticked, not "所有冶金工贸企业".
    const reason = await page.locator('.sc-decides').first().textContent();
    expect(reason).toContain('（因勾选了“金属冶炼企业”而问）');
    expect(reason).not.toContain('所有冶金工贸企业');
    await item(page, 'mem10-4-6').scrollIntoViewIfNeeded();
    await page.locator('.sc-counts[data-stuck="true"]').waitFor();
    // It unfolds only well below the header: no flipping between heights at the threshold.
    const frames = () =>
      page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const sentinelAt = async (offset: number) => {
      await page.evaluate((o) => {
        const el = document.querySelector('.sc-counts-sentinel')!;
        const nav = document.querySelector('header.header')!.getBoundingClientRect().height;
        scrollTo(0, el.getBoundingClientRect().top + scrollY - nav - o);
      }, offset);
      await frames();
      return page.locator('.sc-counts').getAttribute('data-stuck');
    };
    expect(await sentinelAt(50)).toBe('true');
    expect(await sentinelAt(200)).toBe('false');
    expect(await sentinelAt(-20)).toBe('true');
    await item(page, 'mem10-4-6').scrollIntoViewIfNeeded();
    await page.locator('.sc-counts[data-stuck="true"]').waitFor();
    const bar = (await page.locator('.sc-counts').boundingBox())!;
    // Header and bar together take at most 15 % of the screen (they took 21 %); the bar is one line.
    expect(bar.y + bar.height).toBeLessThanOrEqual(844 * 0.15);
    expect(bar.height).toBeLessThanOrEqual(56);
    expect(await page.locator('.sc-filters').isVisible()).toBe(false);
    // 跳到报告 is on that one line, whole and on screen.
    const jump = (await page.locator('.sc-jump').boundingBox())!;
    expect(jump.x + jump.width).toBeLessThanOrEqual(390);
    expect(jump.y).toBeGreaterThanOrEqual(bar.y);
    expect(jump.height).toBeGreaterThanOrEqual(44);
    await page.locator('.sc-filter-toggle').click();
    const filters = page.locator('.sc-filters button');
    expect(await filters.count()).toBeGreaterThan(2);
    for (const b of await filters.all()) expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.locator('.sc-filter-toggle').click();
    const link1 = (await item(page, 'gas-alarm').locator('.sc-meta a').boundingBox())!;
    expect(link1.height).toBeGreaterThanOrEqual(44);
    await page.locator('.sc-jump').click();
    await expect.poll(async () => (await page.locator('#sc-outputs').boundingBox())!.y).toBeLessThan(844);
    expect((await page.locator('#sc-outputs').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    expect(await page.getByRole('button', { name: '下载报告 Excel' }).isVisible()).toBe(true);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('with storage blocked: a clear message, and the self-check still works', async () => {
    const ctx = await browser.newContext(desktop);
    await ctx.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const { page } = await openPage(ctx, site.url, link);
    await ready(page);
    expect(await page.locator('.storage-notice').textContent()).toContain('不允许本站保存数据');
    await mark(page, 'gas-alarm', '不符合');
    expect(await count(page, 'general')).toBe('一般隐患1');
    await ctx.close();
  });
});

describe('企业自查 kept from before criteria were answered as 情形', () => {
  it('a stored draft of version 1 opens with 符合 → 不存在该情形 and 不符合 → 存在该情形', async () => {
    const ctx = await browser.newContext(desktop);
    const check = {
      id: 'old',
      enterprise: '旧草稿公司',
      date: '2025-07-01',
      inspectors: '',
      name: '',
      kinds: ['metal-smelting'],
      answers: { 'mem10-industry': ['metallurgy'] },
      results: {
        'gas-alarm': { status: '不符合' },
        'mem10-4-6': { status: '不符合', level: '重大' },
        'mem10-4-7': { status: '符合' },
      },
      createdAt: 't',
    };
    await ctx.addInitScript(
      (draft) => {
        if (!localStorage.getItem('jc76.self-check')) localStorage.setItem('jc76.self-check', draft);
      },
      JSON.stringify({
        v: 1,
        savedAt: '2025-07-01T00:00:00Z',
        tab: 'old',
        rev: 1,
        data: { current: 'old', checks: [check] },
      }),
    );
    const { page, consoleErrors } = await openPage(ctx, site.url, '/self-check/');
    await ready(page);
    expect(await page.getByLabel('企业名称').inputValue()).toBe('旧草稿公司');
    expect(await item(page, 'mem10-4-6').getAttribute('data-status')).toBe('存在该情形');
    expect(await item(page, 'mem10-4-7').getAttribute('data-status')).toBe('不存在该情形');
    expect(await item(page, 'gas-alarm').getAttribute('data-status')).toBe('不符合');
    expect(await count(page, 'major')).toBe('重大隐患1');
    expect(await count(page, 'general')).toBe('一般隐患0');
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('企业自查 photos', () => {
  it('adds a 整改前 photo shrunk in the browser, keeps it after reload, exports and prints it', async () => {
    const ctx = await browser.newContext(desktop);
    const { page, consoleErrors, externalRequests } = await openPage(ctx, site.url, link);
    await ready(page);
    // A 2400×1800 picture, as a phone camera would give.
    const png = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 2400;
      c.height = 1800;
      const g = c.getContext('2d')!;
      g.fillStyle = '#c33';
      g.fillRect(0, 0, 2400, 1800);
      return c.toDataURL('image/png').split(',')[1]!;
    });
    await mark(page, 'gas-alarm', '不符合');
    await item(page, 'gas-alarm')
      .locator('[data-stage="整改前"] input[type=file]')
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    const thumb = item(page, 'gas-alarm').getByRole('img', { name: '整改前照片 1' });
    await thumb.waitFor();
    await expect.poll(() => thumb.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1280);
    await page.reload();
    await ready(page);
    await thumb.waitFor();
    expect(await thumb.evaluate((img) => (img as HTMLImageElement).src.startsWith('data:image/jpeg'))).toBe(
      true,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出自查文件' }).click(),
    ]);
    const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf-8'));
    expect(file.photos).toHaveLength(1);
    expect(file.photos[0].stage).toBe('整改前');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sc-report .sc-report-photos img').count()).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    // In another browser (a fresh profile), the imported file brings the photo with it.
    const other = await browser.newContext(desktop);
    const { page: p2 } = await openPage(other, site.url, link);
    await ready(p2);
    await p2.locator('.sc-book input[type=file]').setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: fs.readFileSync((await download.path())!),
    });
    await item(p2, 'gas-alarm').getByRole('img', { name: '整改前照片 1' }).waitFor();
    await expect.poll(() => p2.locator('.sc-book .sc-note').textContent()).toContain('照片 1/1 张');
    await item(page, 'gas-alarm').getByRole('button', { name: '删除整改前照片 1' }).click();
    expect(await thumb.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await other.close();
    await ctx.close();
  });
});
