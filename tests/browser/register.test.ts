// 隐患台账（issue 21）：在 390 px 手机上，自查记录的隐患进入台账、逾期和待验收一目了然、验收销号（重大隐患须有整改后照片）、
// 随手记录、刷新后保留、下载台账 Excel 和整改时限日历。先 npm run build。
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { hasHorizontalScroll, openPage, screens, siteAndBrowser } from './harness';
import { registerDraft } from '../../scripts/bench-register.mjs';

const { site, browser } = siteAndBrowser();

const check = {
  id: 'c6',
  enterprise: '甲钢铁公司',
  date: '2026-06-05',
  inspectors: '张三',
  name: '',
  kinds: ['metal-smelting'],
  answers: { 'mem10-industry': ['metallurgy'] },
  results: {
    'gas-archives': { status: '不符合', owner: '张三', deadline: '2026-06-30', progress: '已整改' },
    'gas-repair-records': { status: '不符合', owner: '李四', deadline: '2026-07-01', progress: '整改中' },
    'mem10-4-6': { status: '存在该情形', owner: '王五', deadline: '2026-06-20', progress: '已整改' },
  },
  createdAt: '2026-06-05T08:00:00Z',
};

async function phone(seed: typeof check = check) {
  const ctx = await browser.newContext(screens.phone);
  await ctx.clock.setFixedTime(new Date('2026-07-10T09:00:00+08:00'));
  await ctx.addInitScript(
    (draft) => {
      if (!localStorage.getItem('jc76.self-check')) localStorage.setItem('jc76.self-check', draft);
    },
    JSON.stringify({
      v: 2,
      savedAt: '2026-06-05T08:00:00Z',
      tab: 'seed',
      rev: 1,
      data: { current: 'c6', checks: [seed] },
    }),
  );
  const opened = await openPage(ctx, site.url, '/self-check/register/');
  await opened.page.locator('.register[data-ready="true"]').waitFor();
  return { ctx, ...opened };
}

describe('隐患台账 on a phone', () => {
  it('lists the self-check’s hazards, says what is late and what awaits 验收, and closes them by the rules', async () => {
    const { ctx, page, consoleErrors, externalRequests } = await phone();
    const count = (name: string) => page.locator(`[data-count="${name}"] b`).innerText();
    expect(await page.locator('.register-hazard').count()).toBe(3);
    expect(await count('late')).toBe('1');
    expect(await count('awaiting')).toBe('2');
    expect(await hasHorizontalScroll(page)).toBe(false);
    const late = page.locator('.register-hazard.late');
    expect(await late.innerText()).toContain('李四');

    // 一般: accepted with a person and a date → 已验收（销号）.
    const general = page.locator('[data-hazard="gas-archives@c6"]');
    await general.getByLabel('验收人').fill('赵六');
    await general.getByRole('button', { name: '验收并销号' }).click();
    await expect.poll(() => general.getAttribute('data-status')).toBe('已验收');
    expect(await general.innerText()).toContain('赵六，2026-07-10');

    // 重大 without a 整改后 photo: refused, said why, nothing changed.
    const major = page.locator('[data-hazard="mem10-4-6@c6"]');
    await major.getByLabel('验收人').fill('赵六');
    await major.getByRole('button', { name: '验收并销号' }).click();
    expect(await major.locator('.register-problems').innerText()).toContain(
      '重大事故隐患须有整改后的照片作为整改证据，才能验收销号',
    );
    expect(await major.getAttribute('data-status')).toBe('已整改');
    expect(await count('awaiting')).toBe('1');

    // A walk-round hazard: an empty description is refused, then it is added and followed.
    const walk = page.locator('.register-walk');
    await walk.getByRole('button', { name: '加入台账' }).click();
    expect(await walk.locator('.register-problems').innerText()).toContain('请填写隐患描述');
    await walk.getByLabel('隐患描述').fill('料场消防通道堆放杂物');
    await walk.getByLabel('责任人').fill('钱七');
    await walk.getByLabel('整改时限（日期或文字）').fill('2026-07-12');
    await walk.getByRole('button', { name: '加入台账' }).click();
    expect(await page.locator('.register-hazard').count()).toBe(4);
    expect(await count('due-soon')).toBe('1');
    // Filter by 责任人: only 钱七's hazard.
    await page.locator('.register-filters').getByLabel('责任人').selectOption('钱七');
    expect(await page.locator('.register-hazard').count()).toBe(1);
    await page.locator('.register-filters').getByLabel('责任人').selectOption('');
    // The month's counts: 6月 found 2 一般 + 1 重大; 一般 accepted in 7月; 7月 the walk-round one.
    const table = page.locator('.register-month-table');
    const month = (m: string) => table.locator('tr', { hasText: m }).locator('td').allInnerTexts();
    expect(await month('2026年6月')).toEqual(['2026年6月', '1', '2', '0', '1', '0']);
    expect(await month('2026年7月')).toEqual(['2026年7月', '0', '1', '1', '0', '0']);

    // Reload: the acceptance and the walk-round hazard are kept.
    await page.reload();
    await page.locator('.register[data-ready="true"]').waitFor();
    expect(await page.locator('[data-hazard="gas-archives@c6"]').getAttribute('data-status')).toBe('已验收');
    expect(await page.locator('.register-hazard', { hasText: '料场消防通道堆放杂物' }).count()).toBe(1);

    // Printed: the hazards as a list, without the filters, the form or the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.register-hazard').first().isVisible()).toBe(true);
    for (const hidden of ['.register-filters', '.register-walk', '.register-exchange', '.register-outputs'])
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await ctx.close();
  });

  it('downloads the register as Excel (one row per hazard) and the deadlines as a calendar', async () => {
    const { ctx, page } = await phone();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载隐患台账 Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('隐患台账_甲钢铁公司_2026-07-10.xlsx');
    const wb = XLSX.read(fs.readFileSync((await xlsx.path())!));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['隐患台账']!, { header: 1 });
    expect(rows[0]).toEqual(['隐患排查治理台账']);
    const header = rows.findIndex((r) => r[0] === '序号');
    expect(rows[header]!.slice(0, 6)).toEqual([
      '序号',
      '发现日期',
      '来源',
      '区域/部位',
      '隐患级别',
      '隐患描述',
    ]);
    const data = rows.slice(header + 1).filter((r) => typeof r[0] === 'number');
    expect(data).toHaveLength(3);
    expect(data.map((r) => r[4])).toEqual(['重大', '一般', '一般']);
    // The second sheet: the month in 附件1's 企业自查自纠情况 columns (found 2 一般 and 1 重大 in 6月, none accepted yet).
    const months = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['按月统计']!, { header: 1 });
    expect(months.find((r) => r[0] === '2026年6月')).toEqual(['2026年6月', 1, 2, 0, 1, 0]);
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载整改时限提醒（日历）' }).click(),
    ]);
    const text = fs.readFileSync((await ics.path())!, 'utf-8');
    // Only the open hazard with a date: 李四's, with an alarm the day before.
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('DTSTART;VALUE=DATE:20260701');
    expect(text).toContain('TRIGGER:-P1D');
    expect(text).toContain('UID:hazard-gas-repair-records-c6@jincheng-76.local');
    await ctx.close();
  });

  it('生成附件2行: the register’s 重大 hazard goes to the 附件2 draft after a preview, once', async () => {
    const { ctx, page, consoleErrors } = await phone();
    await page.getByRole('button', { name: '生成附件2行' }).click();
    const preview = page.locator('.sc-annex2-preview');
    // The 附件2 draft's schema loads on this click: wait for the preview.
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(1);
    expect(await preview.locator('tbody').innerText()).toContain('第10号令第四条（六）');
    expect(await page.evaluate(() => localStorage.getItem('jc76.annex.annex2'))).toBeNull();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.getByRole('button', { name: '确认添加到附件2' }).click();
    await expect
      .poll(() => page.locator('.sc-annex2 [role=status]').innerText())
      .toContain('已在附件2草稿中添加 1 行');
    await page.getByRole('button', { name: '生成附件2行' }).click();
    await expect
      .poll(() => page.locator('.sc-annex2 [role=status]').innerText())
      .toContain('台账中的 1 项重大事故隐患已在附件2草稿中');
    const annex = await ctx.newPage();
    await annex.goto(new URL('/annexes/annex2/', site.url).href);
    await annex.locator('.annex-form[data-ready="true"]').waitFor();
    const values = await annex
      .locator('.annex-form textarea, .annex-form input')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values).toContain('甲钢铁公司');
    expect(values).toContain('2026-06-05');
    expect(values.some((v) => v.startsWith('已整改'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });

  it('a walk-round hazard: 整改前 photo when found, 整改后 photo, 验收 — and the self-check page leaves its photos alone', async () => {
    const { ctx, page, consoleErrors, externalRequests } = await phone();
    const png = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 40;
      c.height = 30;
      c.getContext('2d')!.fillRect(0, 0, 40, 30);
      return c.toDataURL('image/png').split(',')[1]!;
    });
    const photo = { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') };
    const walk = page.locator('.register-walk');
    await walk.getByLabel('隐患描述').fill('配电室门口堆放纸箱');
    await walk.getByLabel('整改时限（日期或文字）').fill('2026-07-15');
    await walk.locator('[data-stage="整改前"] input[type=file]').setInputFiles(photo);
    await expect.poll(() => walk.locator('.sc-thumbs img').count()).toBe(1);
    await walk.getByRole('button', { name: '加入台账' }).click();
    const card = page.locator('.register-hazard', { hasText: '配电室门口堆放纸箱' });
    await expect.poll(() => card.locator('[data-stage="整改前"] .sc-thumbs img').count()).toBe(1);
    expect(await walk.locator('.sc-thumbs img').count()).toBe(0);

    // 整改: 已整改 with a 整改后 photo, then 验收 closes it.
    await card.getByLabel('整改情况').selectOption('已整改');
    await card.locator('[data-stage="整改后"] input[type=file]').setInputFiles(photo);
    await expect.poll(() => card.locator('[data-stage="整改后"] .sc-thumbs img').count()).toBe(1);
    await card.getByLabel('验收人').fill('赵六');
    await card.getByRole('button', { name: '验收并销号' }).click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('已验收');

    // The self-check page deletes the self-check's photos nothing refers to (an orphan put here) and leaves the
    // register's two alone.
    const keys = (p: typeof page, put?: string) =>
      p.evaluate(
        (put) =>
          new Promise<string[]>((resolve) => {
            const req = indexedDB.open('jc76-photos', 1);
            req.onsuccess = () => {
              const store = req.result.transaction('photos', 'readwrite').objectStore('photos');
              if (put) store.put('data:image/jpeg;base64,', put);
              const all = store.getAllKeys();
              all.onsuccess = () => resolve(all.result.map(String).sort());
            };
          }),
        put,
      );
    expect((await keys(page, 'porphan')).filter((k) => k.startsWith('r'))).toHaveLength(2);
    const selfCheck = await ctx.newPage();
    await selfCheck.goto(`${site.url}/self-check/`);
    await selfCheck.locator('.sc-item').first().waitFor();
    await expect.poll(async () => (await keys(selfCheck)).includes('porphan')).toBe(false);
    expect((await keys(selfCheck)).filter((k) => k.startsWith('r'))).toHaveLength(2);
    await selfCheck.close();
    await page.reload();
    await page.locator('.register[data-ready="true"]').waitFor();
    const reloaded = page.locator('.register-hazard', { hasText: '配电室门口堆放纸箱' });
    await expect.poll(() => reloaded.locator('.sc-thumbs img').count()).toBe(2);
    expect(await reloaded.getAttribute('data-status')).toBe('已验收');

    // The register and its photos in one .zip: the photos under the names the 照片 column lists.
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载台账和照片（.zip）' }).click(),
    ]);
    expect(zip.suggestedFilename()).toBe('隐患台账_甲钢铁公司_2026-07-10.zip');
    const files = unzipSync(fs.readFileSync((await zip.path())!));
    const wb = XLSX.read(files['隐患台账_甲钢铁公司_2026-07-10.xlsx']!);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['隐患台账']!, { header: 1 });
    const row = rows.find((r) => r[5] === '配电室门口堆放纸箱')!;
    // Named as the page names it.
    expect(row[2]).toBe('随手记录（日常巡查）');
    const names = String(row[13]).split('、');
    expect(names).toEqual([`照片/00${row[0]}-整改前-1.jpg`, `照片/00${row[0]}-整改后-1.jpg`]);
    for (const name of names) expect([...files[name]!.slice(0, 2)]).toEqual([0xff, 0xd8]);
    // 整改经过: found by hand, then accepted by 赵六.
    const history = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['整改经过']!, { header: 1 });
    expect(history.filter((r) => r[0] === row[0]).map((r) => r[2])).toEqual(['随手记录', '验收销号']);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await ctx.close();
  });

  it('merges a colleague’s register file: adds what is new with its photo, asks about each difference', async () => {
    // Colleague A records a walk-round hazard with a photo and exports the register.
    const a = await phone();
    const png = await a.page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 30;
      c.height = 20;
      c.getContext('2d')!.fillRect(0, 0, 30, 20);
      return c.toDataURL('image/png').split(',')[1]!;
    });
    const walk = a.page.locator('.register-walk');
    await walk.getByLabel('隐患描述').fill('配电室门口堆放纸箱');
    await walk.getByLabel('整改时限（日期或文字）').fill('2026-07-15');
    await walk
      .locator('[data-stage="整改前"] input[type=file]')
      .setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    await expect.poll(() => walk.locator('.sc-thumbs img').count()).toBe(1);
    await walk.getByRole('button', { name: '加入台账' }).click();
    const [exported] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('button', { name: '导出台账文件（全部 4 项）' }).click(),
    ]);
    expect(exported.suggestedFilename()).toBe('隐患台账文件_甲钢铁公司_2026-07-10.json');
    const buffer = fs.readFileSync((await exported.path())!);
    await a.ctx.close();

    // Colleague B recorded 李四's hazard as 已整改 where A has 整改中.
    const b = await phone({
      ...check,
      results: {
        ...check.results,
        'gas-repair-records': { ...check.results['gas-repair-records'], progress: '已整改' },
      },
    });
    const exchange = b.page.locator('.register-exchange');
    // A file that is not a register file: said, nothing changed.
    await exchange
      .locator('input[type=file]')
      .setInputFiles({ name: '别的.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    expect(await exchange.getByRole('alert').innerText()).toContain('文件“别的.json”不是隐患台账文件');
    await exchange
      .locator('input[type=file]')
      .setInputFiles({ name: '同事.json', mimeType: 'application/json', buffer });
    const review = exchange.locator('.register-merge');
    expect(await review.innerText()).toContain('新增：随手记录 1 项');
    const conflict = review.locator('[data-conflict="result:c6/gas-repair-records"]');
    expect(await conflict.locator('tr', { hasText: '整改情况' }).locator('td').allInnerTexts()).toEqual([
      '已整改',
      '整改中',
    ]);
    expect(await hasHorizontalScroll(b.page)).toBe(false);
    // Merging without choosing a side is refused and says which difference is left.
    await review.getByRole('button', { name: '合并', exact: true }).click();
    expect(await exchange.getByRole('alert').innerText()).toContain('还有 1 处不同没有选择保留哪一边');
    await conflict.getByLabel('保留本机').check();
    await review.getByRole('button', { name: '合并', exact: true }).click();
    await expect.poll(() => exchange.getByRole('status').first().innerText()).toContain('已合并“同事.json”');
    const merged = b.page.locator('.register-hazard', { hasText: '配电室门口堆放纸箱' });
    await expect.poll(() => merged.locator('.sc-thumbs img').count()).toBe(1);
    expect(await b.page.locator('[data-hazard="gas-repair-records@c6"]').getAttribute('data-status')).toBe(
      '已整改',
    );
    await b.page.reload();
    await b.page.locator('.register[data-ready="true"]').waitFor();
    expect(await b.page.locator('.register-hazard').count()).toBe(4);
    expect(b.consoleErrors).toEqual([]);
    expect(b.externalRequests).toEqual([]);
    await b.ctx.close();
  });

  it('the county’s 汇总 of 附件1 counts an exported register by month (found, accepted)', async () => {
    // A register of the campaign year: checked 2025-06-05, one 一般 hazard accepted on 2025-07-02.
    const ctx = await browser.newContext(screens.phone);
    await ctx.clock.setFixedTime(new Date('2025-08-01T09:00:00+08:00'));
    const seed = { ...check, date: '2025-06-05' };
    await ctx.addInitScript(
      ([book, register]) => {
        if (!localStorage.getItem('jc76.self-check')) localStorage.setItem('jc76.self-check', book);
        if (!localStorage.getItem('jc76.register')) localStorage.setItem('jc76.register', register);
      },
      [
        JSON.stringify({ v: 2, savedAt: 't', tab: 'seed', rev: 1, data: { current: 'c6', checks: [seed] } }),
        JSON.stringify({
          v: 1,
          savedAt: 't',
          tab: 'seed',
          rev: 1,
          data: {
            walk: [],
            acceptance: { 'gas-archives@c6': { by: '赵六', date: '2025-07-02', opinion: '' } },
          },
        }),
      ] as const,
    );
    const { page, consoleErrors, externalRequests } = await openPage(ctx, site.url, '/self-check/register/');
    await page.locator('.register[data-ready="true"]').waitFor();
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^导出台账文件/ }).click(),
    ]);
    const buffer = fs.readFileSync((await exported.path())!);
    await page.goto(`${site.url}/summary/annex1/`);
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: '甲钢铁台账.json', mimeType: 'application/json', buffer });
    await expect.poll(() => page.locator('.file-drop-progress').innerText()).toBe('已读取 1 个文件。');
    const row = page.locator('.summary-files tbody tr').first();
    expect(await row.innerText()).toContain('（企业隐患台账文件）');
    expect(await row.innerText()).toContain('6月、7月（按发现、验收日期）');
    expect(await row.innerText()).toContain('本站理解');
    // 6月: 1 enterprise, 2 一般 (none accepted yet), 1 重大; 7月: the 一般 accepted.
    const result = page.locator('.summary-result');
    const month = (m: string) =>
      result.locator('tr', { has: page.locator(`th:text-is("${m}"), td:text-is("${m}")`) });
    const cells = async (m: string) => (await month(m).locator('td').allInnerTexts()).slice(0, 6);
    expect((await cells('6月')).slice(-5)).toEqual(['1', '2', '0', '1', '0']);
    expect((await cells('7月')).slice(-5)).toEqual(['0', '0', '1', '0', '0']);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await ctx.close();
  });

  it('says so in Chinese when the checklists cannot be read from the site', async () => {
    const ctx = await browser.newContext(screens.phone);
    const page = await ctx.newPage();
    await page.route('**/self-check/checklist.json', (route) => route.fulfill({ status: 500, body: '' }));
    await page.goto(`${site.url}/self-check/register/`);
    expect(await page.getByRole('alert').innerText()).toBe('读取自查清单失败（500）。请刷新本页重试。');
    await ctx.close();
  });

  it('a second tab that accepts a hazard is noticed here, not silently overwritten', async () => {
    const { ctx, page } = await phone();
    const other = await ctx.newPage();
    await other.goto(page.url());
    await other.locator('.register[data-ready="true"]').waitFor();
    const general = other.locator('[data-hazard="gas-archives@c6"]');
    await general.getByLabel('验收人').fill('孙八');
    await general.getByRole('button', { name: '验收并销号' }).click();
    await expect.poll(() => general.getAttribute('data-status')).toBe('已验收');
    // This tab hears of the other's save and asks which version to keep.
    await expect.poll(() => page.locator('.conflict-notice').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: '使用另一个标签页的版本' }).click();
    await expect
      .poll(() => page.locator('[data-hazard="gas-archives@c6"]').getAttribute('data-status'))
      .toBe('已验收');
    expect(await page.locator('[data-hazard="gas-archives@c6"]').innerText()).toContain('孙八');
    await ctx.close();
  });

  it('2,000 hazards and 500 photos: the list draws 50 at a time, the counts, the Excel and the .zip take them all', async () => {
    const ctx = await browser.newContext(screens.phone);
    await ctx.clock.setFixedTime(new Date('2026-07-10T09:00:00+08:00'));
    await ctx.addInitScript((d) => localStorage.setItem('jc76.register', d), registerDraft(2000, 500));
    const { page, consoleErrors } = await openPage(ctx, site.url, '/self-check/register/');
    await page.locator('.register[data-ready="true"]').waitFor();
    // The 500 photos the register names (r0…r499), small ones, stored as the page stores them; then open again.
    await page.evaluate(
      (n) =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('jc76-photos', 1);
          req.onsuccess = () => {
            const tx = req.result.transaction('photos', 'readwrite');
            for (let i = 0; i < n; i++)
              tx.objectStore('photos').put(`data:image/jpeg;base64,/9j/${btoa(String(i))}`, `r${i}`);
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
          };
        }),
      500,
    );
    await page.reload();
    await page.locator('.register[data-ready="true"]').waitFor();
    await expect.poll(() => page.locator('.register-hazard .sc-thumbs img').count()).toBeGreaterThan(0);
    expect(await page.locator('.register-hazard').count()).toBe(50);
    expect(await page.locator('[data-count="awaiting"] b').innerText()).toBe('667');
    await page.getByRole('button', { name: '再显示 50 项（已显示 50 项，共 2000 项）' }).click();
    expect(await page.locator('.register-hazard').count()).toBe(100);
    // A filter starts the list again from its first page.
    await page.locator('.register-filters').getByLabel('责任人').selectOption('责任人7');
    expect(await page.locator('.register-hazard').count()).toBe(50);
    expect(await page.getByText('显示 67 项（共 2000 项）').count()).toBe(1);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载隐患台账 Excel' }).click(),
    ]);
    const wb = XLSX.read(fs.readFileSync((await xlsx.path())!));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['隐患台账']!, { header: 1 });
    expect(rows.filter((r) => typeof r[0] === 'number')).toHaveLength(2000);
    await page.locator('.register-filters').getByLabel('责任人').selectOption('');
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载台账和照片（.zip）' }).click(),
    ]);
    const names = Object.keys(unzipSync(fs.readFileSync((await zip.path())!)));
    expect(names.filter((n) => n.startsWith('照片/'))).toHaveLength(500);
    expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});
