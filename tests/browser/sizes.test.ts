// Tables of the sizes people have, on the production build with its CSP (issue 16): a 台账 of 500,
// 5,000 and 50,000 rows and a 附件2 of 5,000 rows are imported, confirmed and downloaded as Excel, and
// the file holds every row; the busy text goes away and the button comes back. Any CSP refusal fails
// the test (tests/browser/setup.ts). A forced failure ends in a message, not an endless "正在…".
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { csvBytes, toCsv } from '../../src/lib/table/csv';
import { loadLayoutsFromFiles } from '../../src/lib/table/load-layouts-node';
import type { AnnexLayout } from '../../src/schemas/annex-layout';
import { readXlsx } from '../../src/lib/table/xlsx-read';
import { workbookBytes } from '../../src/lib/table/xlsx-write';
import { toSheet } from '../../src/lib/table/sheet';
import { bigAnnex, compareAnnex } from '../../scripts/bench-forms/data';
import { openPage, projectRoot, siteAndBrowser, takeCspViolations } from './harness';

const layouts = loadLayoutsFromFiles(projectRoot);

const { site, browser } = siteAndBrowser();

async function openForm(path: string) {
  const ctx = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const opened = await openPage(ctx, site.url, path);
  await opened.page.locator('.annex-form[data-ready="true"]').waitFor();
  return { ctx, ...opened };
}

/** Picks `bytes` in the form's import box and confirms the import. */
async function importFile(page: Page, name: string, bytes: Uint8Array, rows: number) {
  await page
    .locator('.annex-actions input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  const confirm = page.locator('.import-confirm');
  await expect
    .poll(() => confirm.textContent(), { timeout: 120_000 })
    .toContain(`读取成功：${rows.toLocaleString('en-US').replace(/,/g, '')} 行`);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect.poll(() => confirm.count(), { timeout: 120_000 }).toBe(0);
}

/** The form's fields (a CSV carries only the table), typed as a user would. */
async function fillFields(page: Page, layout: AnnexLayout, fields: Record<string, string>) {
  for (const field of layout.fields) {
    const value = fields[field.key];
    if (value)
      await page
        .locator('.annex-form')
        .getByLabel(new RegExp(`^${field.label}`))
        .first()
        .fill(value);
  }
}

/** Clicks 下载 Excel and returns the file's bytes; checks the busy text went and the button came back. */
async function downloadExcel(page: Page) {
  const button = page.getByRole('button', { name: '下载 Excel' });
  const started = page.waitForEvent('download', { timeout: 240_000 });
  await button.click();
  // The form refuses to export while it has problems: say which, instead of waiting for a download.
  const refused = page
    .locator('#form-error-summary')
    .waitFor({ timeout: 240_000 })
    .then(async () => {
      throw new Error(`表单不让下载：${await page.locator('#form-error-summary').textContent()}`);
    });
  const download = await Promise.race([started, refused]);
  const bytes = fs.readFileSync((await download.path())!);
  await expect.poll(() => page.locator('.annex-form .busy').count(), { timeout: 10_000 }).toBe(0);
  expect(await button.isEnabled()).toBe(true);
  return { bytes, name: download.suggestedFilename() };
}

describe('large tables download under the CSP', () => {
  for (const rows of [500, 5_000, 50_000]) {
    it(`附件3 with ${rows} rows: import → 确认导入 → 下载 Excel → the file holds every row`, async () => {
      const layout = layouts.annex3;
      const data = bigAnnex(layout, rows);
      const { ctx, page, consoleErrors } = await openForm('/annexes/annex3/');
      await importFile(page, '台账.csv', csvBytes(toCsv(layout, data)), rows);
      await fillFields(page, layout, data.fields);
      const { bytes, name } = await downloadExcel(page);
      expect(name).toMatch(/^附件3_有限空间管理台账_.*\.xlsx$/);
      const back = await readXlsx(layout, bytes, name);
      expect(compareAnnex(data, back.data ?? null, true)).toEqual([]);
      expect(await page.locator('.action-notice').textContent()).toContain('已生成 Excel 文件');
      expect(consoleErrors).toEqual([]);
      await ctx.close();
    }, 150_000);
  }

  it('附件2 with 5,000 rows downloads every row', async () => {
    const layout = layouts.annex2;
    const data = bigAnnex(layout, 5_000);
    const { ctx, page, consoleErrors } = await openForm('/annexes/annex2/');
    await importFile(page, '附件2.csv', csvBytes(toCsv(layout, data)), 5_000);
    await fillFields(page, layout, data.fields);
    const { bytes, name } = await downloadExcel(page);
    const back = await readXlsx(layout, bytes, name);
    expect(compareAnnex(data, back.data ?? null, true)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  }, 300_000);

  it('a workbook that cannot be built ends in 生成失败 with what to do, and the button comes back', async () => {
    const layout = layouts.annex3;
    const { ctx, page } = await openForm('/annexes/annex3/');
    await importFile(page, '台账.csv', csvBytes(toCsv(layout, bigAnnex(layout, 20))), 20);
    await fillFields(page, layout, { enterprise: '晋城市某某（集团）有限公司' });
    // Force a failure: the worker cannot start and building on the page throws too.
    await page.evaluate(() => {
      (window as unknown as { Worker: unknown }).Worker = class {
        constructor() {
          throw new Error('no worker');
        }
      };
      // TextEncoder is what the zip step uses on the page to encode every XML part.
      TextEncoder.prototype.encode = () => {
        throw new Error('编码失败（测试）');
      };
    });
    await page.getByRole('button', { name: '下载 Excel' }).click();
    const notice = page.locator('.action-notice');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('生成失败：');
    expect(await notice.textContent()).toContain('可以重试，或点“下载 CSV”“复制为表格文本”');
    expect(await page.locator('.annex-form .busy').count()).toBe(0);
    expect(await page.getByRole('button', { name: '下载 Excel' }).isEnabled()).toBe(true);
    await ctx.close();
  });

  it('a CSP refusal is caught by the harness (the guard every browser test relies on works)', async () => {
    const { ctx, page } = await openForm('/annexes/annex3/');
    await page.evaluate(() => {
      try {
        new Worker(URL.createObjectURL(new Blob([''], { type: 'text/javascript' })));
      } catch {
        /* Chromium refuses it with a console error */
      }
    });
    await expect.poll(() => takeCspViolations().join('\n'), { timeout: 10_000 }).toMatch(/worker-src/);
    await ctx.close();
  });
});

describe('汇总附件2 at the size a county receives', () => {
  it('200 files × 25 rows are read, combined and downloaded with all 5,000 rows', async () => {
    const layout = layouts.annex2;
    const files = [];
    for (let i = 1; i <= 200; i++) {
      const data = bigAnnex(layout, 25, i);
      data.fields = { ...data.fields, unit: `泽州县第${i}乡镇` };
      files.push({
        name: `附件2_第${i}乡镇.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await workbookBytes([toSheet(layout, data)])),
      });
    }
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const { page, consoleErrors } = await openPage(ctx, site.url, '/summary/annex2/');
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    await page.locator('.summary-add input[type=file]').setInputFiles(files);
    await expect
      .poll(() => page.locator('.summary-total').getAttribute('data-included'), { timeout: 180_000 })
      .toBe('200');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 240_000 }),
      page.getByRole('button', { name: /下载汇总 Excel/ }).click(),
    ]);
    const back = await readXlsx(layout, fs.readFileSync((await download.path())!), '汇总.xlsx');
    expect(back.data?.rows.length).toBe(5_000);
    expect(await page.locator('.annex-summary .busy').count()).toBe(0);
    // The read results fit in this browser's storage and come back after a reload (issue 18).
    expect(await page.locator('.annex-summary .storage-notice').count()).toBe(0);
    await page.reload();
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    expect(await page.locator('.summary-restored').innerText()).toContain(
      '已恢复上次选择的 200 份文件的读取结果',
    );
    expect(await page.locator('.summary-total').getAttribute('data-included')).toBe('200');
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  }, 600_000);
});
