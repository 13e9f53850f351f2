// 汇总的浏览器测试（先 npm run build）：在 /summary/annex1/ 一次拖入 20 个不同格式的文件（本站导出的 .xlsx、
// 按官方表格手工填写的 .xlsx 和 .xls、UTF-8 和 GBK 的 CSV、企业自查文件 .json、一个有错误的、一个重复的、
// 一个附件5），下载汇总 Excel，逐格对照测试里独立算出的各月之和与累计；来源文件工作表列出全部 20 个文件。
// 另测附件2（行合并、重编序号、行来源）、390 px 手机宽度、打印只印汇总表、“在表单中打开”。
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import {
  formatViolations,
  hasHorizontalScroll,
  openPage,
  projectRoot,
  runAxe,
  screens,
  siteAndBrowser,
} from './harness';

const { site, browser } = siteAndBrowser();

const desktop = screens.desktop;

type Upload = { name: string; mimeType: string; buffer: Buffer };

/** GBK bytes for a text, from the browser-standard GBK decoder run backwards (Node has no GBK encoder). */
function gbkEncoder() {
  const decoder = new TextDecoder('gbk');
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  return (text: string) =>
    Buffer.from(
      [...text].flatMap((ch) => {
        if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
        const bytes = map.get(ch);
        if (!bytes) throw new Error(`GBK 中没有“${ch}”`);
        return bytes;
      }),
    );
}

// 附件1's 17 number columns, in the order the official table prints them (from content/annexes/annex1.yaml).
const GROUPS: [string, string[]][] = [
  [
    '企业自查自纠情况',
    ['自查企业（家）', '一般隐患（条）', '已整改（条）', '重大隐患（条）', '已整改（条）'],
  ],
  [
    '部门督查检查情况',
    [
      '督查企业（家）',
      '一般隐患（条）',
      '已整改（条）',
      '重大隐患（条）',
      '已整改（条）',
      '责令停产整顿/关闭取缔（家）',
      '曝光/约谈/联合惩戒企业（家）',
      '责任倒查/责任追责问责（家）',
    ],
  ],
  ['群众举报情况', ['举报一般隐患（条）', '已整改（条）', '举报重大隐患（条）', '已整改（条）']],
];
const N = 17;
const MONTHS = ['5月', '6月', '7月'];

/** A unit's numbers for a month: 17 counts, every 已整改 ≤ its 隐患 (fixed = hazards − 1, never below 0). */
function values(seed: number, month: number): number[] {
  const v = Array.from({ length: N }, (_, i) => ((seed * 7 + month * 5 + i * 3) % 9) + 1);
  // 已整改 columns (0-based): 2 ≤ 1, 4 ≤ 3, 7 ≤ 6, 9 ≤ 8, 14 ≤ 13, 16 ≤ 15.
  for (const [fixed, found] of [
    [2, 1],
    [4, 3],
    [7, 6],
    [9, 8],
    [14, 13],
    [16, 15],
  ] as const)
    v[fixed] = Math.max(0, v[found]! - 1);
  return v;
}

/** The official layout as someone types it in Excel: spaced labels, header texts with spaces, months as 5月, a 累计 row. */
function typedMatrix(unitName: string, date: string, seed: number, months = MONTHS): unknown[][] {
  const top: unknown[] = ['月 份'];
  const leaves: unknown[] = [null];
  for (const [group, cols] of GROUPS) {
    top.push(group, ...Array(cols.length - 1).fill(null));
    leaves.push(...cols.map((c) => c.replace('（', ' （')));
  }
  const rows = months.map((m, i) => [m, ...values(seed, i)]);
  const total = Array.from({ length: N }, (_, c) => rows.reduce((s, r) => s + (r[c + 1] as number), 0));
  return [
    ['安全生产隐患排查整治调度表'],
    [`填报单位： ${unitName}`, null, null, null, null, null, null, null, null, `填报日期： ${date}`],
    top,
    leaves,
    ...rows,
    ['累 计', ...total],
    ['填报人：李四', null, null, null, null, null, null, null, null, '联系电话：0356-7654321'],
  ];
}

const workbook = (matrix: unknown[][], bookType: 'xlsx' | 'xls') => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(matrix), '调度表');
  return Buffer.from(XLSX.write(wb, { bookType, type: 'buffer' }) as Uint8Array);
};
const csvText = (matrix: unknown[][]) =>
  matrix.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))).join(',')).join('\r\n');

describe('汇总附件1 from 20 files of mixed formats', () => {
  it('lists each file, leaves out the bad ones with reasons, and downloads sums that match cell by cell', async () => {
    const { toSheet } = await import('../../src/lib/table/sheet');
    const { workbookBytes } = await import('../../src/lib/table/xlsx-write');
    const { loadLayoutsFromFiles } = await import('../../src/lib/table/load-layouts-node');
    const { selfCheckFileText } = await import('../../src/lib/self-check/file');
    const { emptySelfCheck } = await import('../../src/lib/self-check/record');
    const layouts = loadLayoutsFromFiles(projectRoot);
    const a1 = layouts.annex1;
    const keys = a1.columns.filter((c) => c.type === 'count').map((c) => c.key);
    const gbk = gbkEncoder();

    /** Expected sums: month index → 17 numbers; filled as each counted file is made. */
    const expected = MONTHS.map(() => Array<number>(N).fill(0));
    const count = (seed: number, months = MONTHS.length) => {
      for (let m = 0; m < months; m++) values(seed, m).forEach((v, c) => (expected[m]![c]! += v));
    };
    const ourData = (unitName: string, date: string, seed: number) => ({
      annex: 'annex1',
      fields: { unit: unitName, date, filler: '张三', phone: '0356-1234567' },
      rows: MONTHS.map((_, m) => ({
        id: `r${m}`,
        month: `2025-0${5 + m}`,
        cells: Object.fromEntries(keys.map((k, c) => [k, String(values(seed, m)[c])])),
      })),
    });

    const files: Upload[] = [];
    const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    // 1–6: our own export.
    for (let s = 1; s <= 6; s++) {
      const bytes = await workbookBytes([toSheet(a1, ourData(`第${s}乡镇`, '2025-07-20', s))]);
      files.push({ name: `第${s}乡镇.xlsx`, mimeType: xlsxMime, buffer: Buffer.from(bytes) });
      count(s);
    }
    // 7–9: the official layout typed in Excel (.xlsx).
    for (let s = 7; s <= 9; s++) {
      files.push({
        name: `手填${s}.xlsx`,
        mimeType: xlsxMime,
        buffer: workbook(typedMatrix(`第${s}乡镇`, '2025-07-21', s), 'xlsx'),
      });
      count(s);
    }
    // 10–11: the same, saved as .xls.
    for (let s = 10; s <= 11; s++) {
      files.push({
        name: `旧版${s}.xls`,
        mimeType: 'application/vnd.ms-excel',
        buffer: workbook(typedMatrix(`第${s}乡镇`, '2025-07-21', s), 'xls'),
      });
      count(s);
    }
    // 12–13: CSV in UTF-8 (with BOM), as typed.
    for (let s = 12; s <= 13; s++) {
      files.push({
        name: `第${s}乡镇.csv`,
        mimeType: 'text/csv',
        buffer: Buffer.from(`\ufeff${csvText(typedMatrix(`第${s}乡镇`, '2025-07-22', s))}`),
      });
      count(s);
    }
    // 14–15: CSV saved by Excel on Chinese Windows (GBK).
    for (let s = 14; s <= 15; s++) {
      files.push({
        name: `第${s}乡镇GBK.csv`,
        mimeType: 'text/csv',
        buffer: gbk(csvText(typedMatrix(`第${s}乡镇`, '2025-07-22', s))),
      });
      count(s);
    }
    // 16–17: self-check files: one enterprise each in the month of its 检查日期, with its hazards.
    // 一般 2 (1 已整改), 重大 2 (1 已整改): levels set on the plan items; mem10-4-6 is a criterion answered
    // 存在该情形 (重大), recorded as another hazard than gas-alarm (separate), so both count.
    for (const [i, date] of [
      [16, '2025-06-12'],
      [17, '2025-07-03'],
    ] as const) {
      const check = {
        ...emptySelfCheck(`c${i}`, date, '2025-06-01T00:00:00Z'),
        enterprise: `晋城${i}号钢铁有限公司`,
        kinds: ['metal-smelting'],
        answers: { 'mem10-industry': ['metallurgy'] },
        results: {
          'gas-archives': { status: '不符合' as const, level: '一般' as const, progress: '已整改' as const },
          'gas-repair-records': { status: '不符合' as const, level: '一般' as const },
          'gas-alarm': {
            status: '不符合' as const,
            level: '重大' as const,
            progress: '整改中' as const,
            separate: true,
          },
          'mem10-4-6': { status: '存在该情形' as const, progress: '已整改' as const },
          'gas-water-seal': { status: '符合' as const },
        },
      };
      files.push({
        name: `自查_${i}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(selfCheckFileText(check, [], '2025-07-01T00:00:00Z')),
      });
      const m = Number(date.slice(5, 7)) - 5;
      [1, 2, 1, 2, 1].forEach((v, c) => (expected[m]![c]! += v));
    }
    // 18: 已整改 above 一般隐患 in 6月 → left out.
    const bad = typedMatrix('第18乡镇', '2025-07-21', 18);
    bad[5]![2] = 1;
    bad[5]![3] = 5;
    files.push({ name: '有错误.xlsx', mimeType: xlsxMime, buffer: workbook(bad, 'xlsx') });
    // 19: 第1乡镇 again, an older report (earlier 填报日期) → the duplicate left out by default.
    const older = await workbookBytes([toSheet(a1, ourData('第1乡镇', '2025-06-20', 99))]);
    files.push({ name: '第1乡镇（旧）.xlsx', mimeType: xlsxMime, buffer: Buffer.from(older) });
    // 20: 附件5 dropped on 附件1.
    const a5 = await workbookBytes([
      toSheet(layouts.annex5, {
        annex: 'annex5',
        fields: { unit: '某县', date: '', filler: '', phone: '' },
        rows: [{ id: 'r', month: '2025-05', cells: { 'self-enterprises': '3' } }],
      }),
    ]);
    files.push({ name: '附件5月报.xlsx', mimeType: xlsxMime, buffer: Buffer.from(a5) });
    expect(files).toHaveLength(20);

    const ctx = await browser.newContext(desktop);
    const { page, consoleErrors, externalRequests } = await openPage(ctx, site.url, '/summary/annex1/');
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    await page.locator('input[type="file"]').setInputFiles(files);
    await expect.poll(() => page.locator('.file-drop-progress').innerText()).toBe('已读取 20 个文件。');
    expect(await page.locator('.summary-total').innerText()).toBe(
      '合计包括 17 个文件（共 20 个，3 个未计入）。',
    );

    // Files left out are listed at the top, each a link to its row.
    const summary = page.locator('#summary-errors');
    const listed = await summary.locator('li').allInnerTexts();
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatch(/^文件“有错误.xlsx”第 6 行 D 列/);
    expect(listed[0]).toContain('不能大于一般隐患（条）');
    expect(listed[1]).toContain('文件“第1乡镇（旧）.xlsx”重复，未计入');
    expect(listed[2]).toContain('是附件5《有限空间作业排查整治攻坚行动月报表》，不是附件1');
    await summary.locator('a').nth(1).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/^summary-file-f19$/);
    const rowOf = (name: string) =>
      page.locator('.summary-files tbody tr', { has: page.locator(`th:text-is("${name}")`) });
    expect(await rowOf('第1乡镇（旧）.xlsx').getAttribute('data-status')).toBe('duplicate');
    expect(await rowOf('自查_16.json').innerText()).toContain('6月（按检查日期）');
    expect(await rowOf('第14乡镇GBK.csv').innerText()).toContain('第14乡镇');
    // The duplicate choice: a radio group per 填报单位 and month; the later 填报日期 is checked.
    const group = page.locator('fieldset', { hasText: '第1乡镇 · 5月' });
    expect(await group.getByLabel(/^第1乡镇\.xlsx/).isChecked()).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载汇总 Excel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('附件1_安全生产隐患排查整治调度表_汇总.xlsx');
    const wb = XLSX.read(fs.readFileSync((await download.path())!));
    expect(wb.SheetNames).toEqual(['附件1', '来源文件']);
    const grid = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['附件1']!, { header: 1, blankrows: true });
    const line = (label: string) => {
      const row = grid.find((r) => r[0] === label);
      expect(row, label).toBeDefined();
      return Array.from({ length: N }, (_, c) => row![c + 1]);
    };
    MONTHS.forEach((m, i) => expect(line(m), m).toEqual(expected[i]));
    const totals = Array.from({ length: N }, (_, c) => expected.reduce((s, r) => s + r[c]!, 0));
    expect(line('累计')).toEqual(totals);
    const sources = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['来源文件']!, { header: 1 });
    const text = JSON.stringify(sources);
    for (const f of files) expect(text).toContain(f.name);
    expect(text).toContain('合计包括 17 个文件（共 20 个，3 个未计入）');

    // The page with its error summary, file table and duplicate choices has no serious axe violations.
    const violations = await runAxe(page, { include: '.annex-summary' });
    expect(violations, formatViolations(violations)).toEqual([]);

    // Choosing the older file for 5月: each file now counts for some months.
    await group.getByLabel(/^第1乡镇（旧）\.xlsx/).check();
    await expect.poll(() => rowOf('第1乡镇（旧）.xlsx').getAttribute('data-status')).toBe('partial');
    expect(await rowOf('第1乡镇.xlsx').getAttribute('data-status')).toBe('partial');
    expect(await rowOf('第1乡镇.xlsx').locator('td[data-label="计入内容"]').innerText()).toBe('6月、7月');

    // Printing shows the combined table, not the controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.summary-result').isVisible()).toBe(true);
    expect(await page.locator('.file-drop').isVisible()).toBe(false);
    expect(await page.locator('.summary-files').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // 在表单中打开: an empty 附件1 draft is filled without asking.
    await page.getByRole('button', { name: '在表单中打开' }).click();
    await page.waitForURL(/\/annexes\/annex1\/$/);
    await page.locator('.annex-form[data-ready="true"]').waitFor();
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await ctx.close();
  });
});

describe('汇总附件1 from twenty single-month files (issue 16)', () => {
  it('counts every file, says which month each brought, and downloads the right 累计', async () => {
    // Four towns, each sending every month as its own file; 乙镇 started in 6月, 丙镇 and 丁镇 skipped months.
    // The 填报 line is written as people write it: （盖章）, ASCII colons, a date without its label.
    const plan: [string, number[], (town: string, m: number) => unknown[]][] = [
      [
        '甲镇',
        [5, 6, 7, 8, 9, 10],
        (t, m) => [`填报单位（盖章）：泽州县${t}`, null, null, null, `填报日期：2025年${m}月20日`],
      ],
      [
        '乙镇',
        [6, 7, 8, 9, 10, 11],
        (t, m) => [`填报单位(盖章):泽州县${t}`, null, null, null, `填报日期:2025-${m}-21`],
      ],
      [
        '丙镇',
        [5, 7, 9, 11],
        (t, m) => [`填报单位：泽州县${t}（盖章）`, null, null, null, `2025年${m}月22日`],
      ],
      [
        '丁镇',
        [8, 9, 10, 12],
        (t, m) => [`填报单位：泽州县${t}`, null, null, null, `填报日期：2025/${m}/23`],
      ],
    ];
    const months = Array.from({ length: 8 }, (_, i) => `${i + 5}月`);
    const expected = months.map(() => Array<number>(N).fill(0));
    const files: Upload[] = [];
    plan.forEach(([town, list, top], u) =>
      list.forEach((m) => {
        const v = values(u + 1, m);
        v.forEach((x, c) => (expected[m - 5]![c]! += x));
        const matrix = typedMatrix(`泽州县${town}`, '', u + 1, [`${m}月`]);
        matrix[1] = top(town, m);
        // The file's own 累计 row holds its one month (checked, not used).
        matrix[4] = [`${m}月`, ...v];
        matrix[5] = ['累计', ...v];
        files.push({
          name: `${town}${m}月.xlsx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: workbook(matrix, 'xlsx'),
        });
      }),
    );
    expect(files).toHaveLength(20);

    const ctx = await browser.newContext(desktop);
    const { page, consoleErrors, externalRequests } = await openPage(ctx, site.url, '/summary/annex1/');
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    await page.locator('input[type="file"]').setInputFiles(files);
    await expect.poll(() => page.locator('.file-drop-progress').innerText()).toBe('已读取 20 个文件。');
    expect(await page.locator('.summary-total').innerText()).toBe('合计包括 20 个文件（共 20 个）。');
    expect(await page.locator('#summary-errors').count()).toBe(0);
    expect(await page.locator('fieldset.summary-choice').count()).toBe(0);

    // Each file's line: its unit (without 盖章), its date, the month it brought, counted.
    const rowOf = (name: string) =>
      page.locator('.summary-files tbody tr', { has: page.locator(`th:text-is("${name}")`) });
    for (const [town, list] of plan)
      for (const m of list) {
        const row = rowOf(`${town}${m}月.xlsx`);
        expect(await row.getAttribute('data-status')).toBe('included');
        expect(await row.locator('td[data-label="填报单位"]').innerText()).toBe(`泽州县${town}`);
        expect(await row.locator('td[data-label="月份"]').innerText()).toBe(`${m}月`);
        expect(await row.locator('td[data-label="计入内容"]').innerText()).toBe(`${m}月`);
      }
    expect(await rowOf('丙镇7月.xlsx').locator('td[data-label="填报日期"]').innerText()).toBe('2025-07-22');
    expect(await rowOf('乙镇6月.xlsx').locator('td[data-label="填报日期"]').innerText()).toBe('2025-06-21');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载汇总 Excel/ }).click(),
    ]);
    const wb = XLSX.read(fs.readFileSync((await download.path())!));
    const grid = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['附件1']!, { header: 1, blankrows: true });
    const line = (label: string) => {
      const row = grid.find((r) => r[0] === label);
      expect(row, label).toBeDefined();
      return Array.from({ length: N }, (_, c) => row![c + 1]);
    };
    months.forEach((m, i) => expect(line(m), m).toEqual(expected[i]));
    expect(line('累计')).toEqual(
      Array.from({ length: N }, (_, c) => expected.reduce((s, r) => s + r[c]!, 0)),
    );

    // Two more files without a 填报单位 line and with the same 5月 numbers: the unit comes from the file
    // name, said so, and the pair is flagged as a possible duplicate (both still count).
    const nameless = (name: string) => {
      const matrix = typedMatrix('', '', 9, ['5月']);
      matrix[1] = [null];
      return { name, mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csvText(matrix)}`) };
    };
    await page
      .locator('input[type="file"]')
      .setInputFiles([nameless('戊镇5月.csv'), nameless('戊镇5月(1).csv')]);
    await expect
      .poll(() => page.locator('.summary-total').innerText())
      .toBe('合计包括 22 个文件（共 22 个）。');
    expect(await rowOf('戊镇5月.csv').locator('td[data-label="填报单位"]').innerText()).toBe(
      '戊镇5月（没找到填报单位，取自文件名）',
    );
    const possible = page.locator('.summary-possible li');
    expect(await possible.allInnerTexts()).toEqual([
      expect.stringMatching(/^“戊镇5月.csv”与“戊镇5月\(1\).csv”的5月数字完全相同，可能是同一份报表/),
    ]);
    expect(await rowOf('戊镇5月(1).csv').innerText()).toContain(
      '可能与“戊镇5月.csv”重复（5月的数字完全相同）',
    );
    // Removing one of them leaves no warning.
    await page.getByRole('button', { name: '移除 戊镇5月(1).csv' }).click();
    await expect.poll(() => possible.count()).toBe(0);

    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await ctx.close();
  });
});

describe('汇总附件2', () => {
  it('concatenates rows, renumbers them and records each row’s source', async () => {
    const { toSheet } = await import('../../src/lib/table/sheet');
    const { workbookBytes } = await import('../../src/lib/table/xlsx-write');
    const { loadLayoutsFromFiles } = await import('../../src/lib/table/load-layouts-node');
    const a2 = loadLayoutsFromFiles(projectRoot).annex2;
    const make = async (unitName: string, descriptions: string[]) =>
      Buffer.from(
        await workbookBytes([
          toSheet(a2, {
            annex: 'annex2',
            fields: { unit: unitName, date: '2025-07-01', filler: '', phone: '' },
            rows: descriptions.map((d, i) => ({
              id: `r${i}`,
              cells: {
                'check-date': '2025-06-03',
                inspector: unitName,
                inspected: `${d}公司`,
                description: d,
              },
            })),
          }),
        ]),
      );
    const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const ctx = await browser.newContext(desktop);
    const { page, consoleErrors } = await openPage(ctx, site.url, '/summary/annex2/');
    await page.locator('.annex-summary[data-ready="true"]').waitFor();
    await page.locator('input[type="file"]').setInputFiles([
      { name: '甲县.xlsx', mimeType: mime, buffer: await make('甲县', ['甲一', '甲二']) },
      { name: '乙县.xlsx', mimeType: mime, buffer: await make('乙县', ['乙一']) },
    ]);
    await expect
      .poll(() => page.locator('.summary-total').innerText())
      .toBe('合计包括 2 个文件（共 2 个）。');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载汇总 Excel/ }).click(),
    ]);
    const wb = XLSX.read(fs.readFileSync((await download.path())!));
    expect(wb.SheetNames).toEqual(['附件2', '来源文件', '行来源']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['附件2']!, { header: 1 });
    const data = rows.filter((r) => typeof r[0] === 'number').map((r) => [r[0], r[5]]);
    expect(data).toEqual([
      [1, '甲一'],
      [2, '甲二'],
      [3, '乙一'],
    ]);
    // The copy-as-text way out of WeChat: the combined table as tab-separated text.
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.getByRole('button', { name: '复制汇总表文字' }).click();
    await expect.poll(() => page.locator('.notice[role="status"]').innerText()).toContain('已复制汇总表文本');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(
      copied
        .split('\n')
        .filter((l) => /^\d\t/.test(l))
        .map((l) => l.split('\t')[5]),
    ).toEqual(['甲一', '甲二', '乙一']);
    const from = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['行来源']!, { header: 1 });
    expect(from.filter((r) => typeof r[0] === 'number').map((r) => [r[0], r[1], r[3]])).toEqual([
      [1, '甲县.xlsx', 4],
      [2, '甲县.xlsx', 5],
      [3, '乙县.xlsx', 4],
    ]);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('汇总 pages on a 390 px phone', () => {
  for (const path of ['/summary/', '/summary/annex1/', '/summary/annex2/', '/summary/annex5/'])
    it(`${path} fits the screen`, async () => {
      const { page, consoleErrors } = await openPage(browser, site.url, path, { width: 390 });
      if (path !== '/summary/') await page.locator('[data-ready="true"]').waitFor();
      expect(await hasHorizontalScroll(page)).toBe(false);
      if (path === '/summary/annex1/') {
        // With files in: each file a card, the wide result table scrolls inside its own box.
        const typed = (u: string, date: string) => Buffer.from(`\ufeff${csvText(typedMatrix(u, date, 3))}`);
        await page.locator('input[type="file"]').setInputFiles([
          {
            name: '一个名字很长很长很长很长很长很长很长的乡镇安全生产隐患排查整治调度表.csv',
            mimeType: 'text/csv',
            buffer: typed('甲镇', '2025-07-01'),
          },
          { name: '甲镇重发.csv', mimeType: 'text/csv', buffer: typed('甲镇', '2025-07-01') },
          { name: '坏.xlsx', mimeType: 'text/plain', buffer: Buffer.from('hello') },
        ]);
        await expect.poll(() => page.locator('.summary-total').count()).toBe(1);
        expect(await page.locator('fieldset.summary-choice').count()).toBe(3);
        expect(await hasHorizontalScroll(page)).toBe(false);
      }
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
});
