// 有限空间两页的草稿（先 npm run build）：保存的草稿读不出来时，本页不覆盖它，并给出“删除无法读取的草稿，保存本页内容”，
// 点了之后填写的内容又能在刷新后保留；检测记录缺检测时间、检测人时点“打印检测记录”不打印，只列出缺什么。390 px 手机宽度。
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, projectRoot, startSiteAndBrowser, type Site } from './harness';

let browser: Browser;
let site: Site;
let close: () => Promise<void>;
beforeAll(async () => ({ site, browser, close } = await startSiteAndBrowser()));
afterAll(() => close?.());

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

/** Opens `path` with `raw` stored under `key` before the page reads its draft. */
async function openWithStored(path: string, ready: string, key: string, raw: string) {
  const opened = await openPage(browser, site.url, path, { width: 390 });
  await opened.page.locator(ready).waitFor();
  await opened.page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, raw]);
  await opened.page.reload();
  await opened.page.locator(ready).waitFor();
  return opened;
}

describe('a stored draft the page cannot read is kept until the user deletes it', () => {
  it('分级表单: the notice offers to delete it; until then nothing overwrites it, afterwards a reload keeps the form', async () => {
    const key = 'jc76.confined-space.grading-form';
    const bad = JSON.stringify({ v: 1, savedAt: '', tab: 'x', rev: 1, data: { space: { name: 1 } } });
    const ready = '.grading[data-ready="true"]';
    const { page, consoleErrors } = await openWithStored('/confined-space/', ready, key, bad);
    const notice = page.locator('.grading-form .storage-notice');
    await expect.poll(() => notice.innerText()).toContain('自动保存已暂停');
    expect(await notice.innerText()).toContain('删除无法读取的草稿，保存本页内容');
    await page.getByLabel('有限空间名称').fill('5号酸洗槽');
    // Leaving the page saves what is not saved yet — but not over a draft that could not be read.
    await page.reload();
    await page.locator(ready).waitFor();
    expect(await stored(page, key)).toBe(bad);
    await expect.poll(() => notice.count()).toBe(1);

    await page.getByLabel('有限空间名称').fill('5号酸洗槽');
    await page.getByLabel('位置').fill('酸洗车间');
    await notice.getByRole('button', { name: '删除无法读取的草稿，保存本页内容' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(async () => (await stored(page, key)) ?? '').toContain('5号酸洗槽');
    await page.reload();
    await page.locator(ready).waitFor();
    await expect.poll(() => page.getByLabel('有限空间名称').inputValue()).toBe('5号酸洗槽');
    expect(await page.getByLabel('位置').inputValue()).toBe('酸洗车间');
    expect(await notice.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('检测记录 saved by a newer version of the site: kept as it was until deleted, then the record is saved again', async () => {
    const key = 'jc76.confined-space.gas-check';
    const newer = JSON.stringify({ v: 99, savedAt: '', tab: 'x', rev: 1, data: { anything: true } });
    const ready = '.gas-check[data-ready="true"]';
    const { page, consoleErrors } = await openWithStored('/confined-space/gas-check/', ready, key, newer);
    const notice = page.locator('.gas-check .storage-notice');
    await expect.poll(() => notice.innerText()).toContain('草稿由更新版本的网站保存');
    await page.getByLabel('检测人', { exact: true }).fill('王检测');
    await page.reload();
    await page.locator(ready).waitFor();
    expect(await stored(page, key)).toBe(newer);

    await page.getByLabel('检测人', { exact: true }).fill('王检测');
    await page.getByLabel('氧含量（% VOL）').fill('20.9');
    await notice.getByRole('button', { name: '删除无法读取的草稿，保存本页内容' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(async () => (await stored(page, key)) ?? '').toContain('王检测');
    await page.reload();
    await page.locator(ready).waitFor();
    await expect.poll(() => page.getByLabel('检测人', { exact: true }).inputValue()).toBe('王检测');
    expect(await page.getByLabel('氧含量（% VOL）').inputValue()).toBe('20.9');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('由台账汇总附件4 with a stored draft it cannot read', () => {
  it('the files added on the page stay when the unreadable draft is deleted, and then survive a reload', async () => {
    const { toSheet } = await import('../../src/lib/table/sheet');
    const { workbookBytes } = await import('../../src/lib/table/xlsx-write');
    const { loadLayoutsFromFiles } = await import('../../src/lib/table/load-layouts-node');
    const { ledgerData } = await import('../../src/lib/confined-space/ledger-fixtures');
    const layouts = loadLayoutsFromFiles(projectRoot);
    const buffer = Buffer.from(
      await workbookBytes([
        toSheet(layouts.annex3, ledgerData(layouts.annex3, '晋城甲食品有限公司', [['1号污水井', '2', '高']])),
      ]),
    );
    const key = 'jc76.confined-space.ledger-files';
    const bad = '{"v":1,"data":';
    const ready = '.ledger-stats[data-ready="true"]';
    const { page, consoleErrors } = await openWithStored('/confined-space/ledgers/', ready, key, bad);
    const notice = page.locator('.ledger-stats .storage-notice');
    await expect.poll(() => notice.innerText()).toContain('自动保存已暂停');
    await page
      .locator('input[type="file"]')
      .setInputFiles([{ name: '甲食品.xlsx', mimeType: 'application/octet-stream', buffer }]);
    await expect.poll(() => page.locator('.file-drop-progress').innerText()).toContain('已读取 1 个文件');
    expect(await stored(page, key)).toBe(bad);
    await notice.getByRole('button', { name: '删除无法读取的草稿，保存本页内容' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    // The file read on this page is still there (not cleared with the draft) and is saved now.
    expect(await page.locator('.ledger-files').innerText()).toContain('甲食品.xlsx');
    await expect.poll(async () => (await stored(page, key)) ?? '').toContain('甲食品.xlsx');
    await page.reload();
    await page.locator(ready).waitFor();
    await expect
      .poll(() => page.locator('.ledger-restored').innerText())
      .toContain('已恢复上次加入的 1 个文件');
    expect(await page.locator('.ledger-files').innerText()).toContain('甲食品.xlsx');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('作业前检测: 打印检测记录 prints nothing while 检测时间 or 检测人 is empty', () => {
  it('the button lists what is missing in Chinese and window.print is not called; once filled it prints', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, '/confined-space/gas-check/', {
      width: 390,
    });
    await page.locator('.gas-check[data-ready="true"]').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
    await page.getByLabel('检测地点').fill('污水处理站');
    await page.getByLabel('监护人').fill('李监护');
    await page.getByLabel('氧含量（% VOL）').fill('20.9');
    const button = page.getByRole('button', { name: '打印检测记录' });
    const summary = page.locator('.gas-print-problems');

    await button.click();
    await expect.poll(() => summary.innerText()).toContain('请填写检测时间');
    expect(await summary.innerText()).toContain('请填写检测人');
    expect(await printed()).toBe(0);

    await page.getByLabel('检测时间').fill('2026-06-01T08:30');
    await button.click();
    await expect.poll(() => summary.innerText()).toContain('请填写检测人');
    expect(await summary.innerText()).not.toContain('检测时间');
    expect(await printed()).toBe(0);

    await page.getByLabel('检测人', { exact: true }).fill('王检测');
    await button.click();
    await expect.poll(printed).toBe(1);
    expect(await summary.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
