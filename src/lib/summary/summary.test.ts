import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnexLayout } from '../../schemas/annex-layout';
import { csvBytes, toCsv } from '../table/csv';
import { type AnnexData, totals } from '../table/data';
import { readSheets, type SheetMatrix } from '../table/import';
import { loadLayoutsFromFiles } from '../table/load-layouts-node';
import { filled } from '../table/fixtures/samples';
import { toSheet } from '../table/sheet';
import { workbookBytes } from '../table/xlsx-write';
import { loadSelfCheckFromFiles } from '../self-check/load-node';
import { selfCheckFileText } from '../self-check/file';
import { registerFileText } from '../register/file';
import { emptyWalkHazard, type RegisterDraft } from '../register/register';
import { readRegisterReceived, readSelfCheckReceived, REGISTER_COUNT_NOTE } from './received-own';
import { emptySelfCheck, type SelfCheck } from '../self-check/record';
import {
  buildSummary,
  coverage,
  possibleDuplicates,
  leftOutList,
  ROW_SOURCES_SHEET,
  summarySheets,
  summarySourcesSheet,
} from './combine';
import { SOURCES_SHEET } from '../table/intake';
import { monthOutside, readReceivedFile, type ReceivedFile, unitShown } from './received';
import { readReceived, summaryDraft } from './index';

const root = path.resolve(__dirname, '../../..');
const layouts = loadLayoutsFromFiles(root);
const all = Object.values(layouts);
const { annex1, annex2, annex5 } = layouts;
const selfCheckData = loadSelfCheckFromFiles(root);

/** The 17 count columns of 附件1 in layout order. */
const a1keys = annex1.columns.filter((c) => c.type === 'count').map((c) => c.key);
const row1 = (month: string, values: number[]) => ({
  month,
  cells: Object.fromEntries(a1keys.map((k, i) => [k, String(values[i] ?? 0)])),
});
const unit = (name: string, date: string) => ({ unit: name, date, filler: '张三', phone: '0356-1234567' });

async function readXlsx(layout: AnnexLayout, data: AnnexData, name: string, id: string) {
  const bytes = await workbookBytes([toSheet(layout, data)]);
  return readReceivedFile(layout, await readSheets(bytes, name), name, id, all);
}
async function readCsv(layout: AnnexLayout, data: AnnexData, name: string, id: string) {
  return readReceivedFile(layout, await readSheets(csvBytes(toCsv(layout, data)), name), name, id, all);
}
const sheet = (matrix: unknown[][]): { sheets: SheetMatrix[] } => ({ sheets: [{ name: 'Sheet1', matrix }] });

// 附件1 as typed in Excel: title, 填报 line, two header rows, months, a 累计 row, 填报人 line.
function typedAnnex1(
  months: [string, number[]][],
  total: number[] | null,
  top: unknown[] = ['填报单位：乙镇安监站', null, null, null, null, '填报日期：2025-06-22'],
): unknown[][] {
  const groups = [
    '月份',
    '企业自查自纠情况',
    '',
    '',
    '',
    '',
    '部门督查检查情况',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '群众举报情况',
  ];
  const leaves = ['', ...annex1.columns.filter((c) => c.type === 'count').map((c) => c.header)];
  return [
    ['安全生产隐患排查整治调度表'],
    top,
    groups,
    leaves,
    ...months.map(([m, v]) => [m, ...v]),
    ...(total ? [['累计', ...total]] : []),
    ['填报人：王五', null, null, null, '联系电话：13900000000'],
  ];
}

describe('附件1/5: months added up', () => {
  it('sums each month over the files, recomputes 累计, and says how many files it includes', async () => {
    const a = await readXlsx(
      annex1,
      filled(annex1, unit('甲镇', '2025-06-20'), [row1('2025-05', [3, 5, 4]), row1('2025-06', [2, 1, 1])]),
      '甲镇.xlsx',
      'f1',
    );
    const b = readReceivedFile(
      annex1,
      sheet(
        typedAnnex1(
          [
            ['5月', [4, 2, 2, 1, 0]],
            ['6月', [1, 0, 0]],
            ['7月', [6, 3, 1, 1, 1]],
          ],
          null,
        ),
      ),
      '乙镇.xlsx',
      'f2',
      all,
    );
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    expect(a.unit).toBe('甲镇');
    expect(b.unit).toBe('乙镇安监站');
    expect(b.date).toBe('2025-06-22');
    expect(b.months.map((m) => [m.month, m.row])).toEqual([
      ['2025-05', 5],
      ['2025-06', 6],
      ['2025-07', 7],
    ]);
    const r = buildSummary(annex1, [a, b]);
    expect(r.data.rows.map((x) => x.month)).toEqual(['2025-05', '2025-06', '2025-07']);
    const may = r.data.rows[0]!.cells;
    expect([
      may['self-enterprises'],
      may['self-general'],
      may['self-general-fixed'],
      may['self-major'],
    ]).toEqual(['7', '7', '6', '1']);
    expect(r.data.rows[2]!.cells['self-enterprises']).toBe('6');
    expect(totals(annex1, r.data.rows)['self-enterprises']).toBe('16');
    expect(r.files.map((o) => o.status)).toEqual(['included', 'included']);
    expect(r.files[1]!.counted).toBe('5月、6月、7月');
    expect(r.included).toBe(2);
    expect(r.totalNote).toBe('合计包括 2 个文件（共 2 个）');
    expect(r.problems).toEqual([]);
    // The official sheet: its 累计 row is the sum of the months.
    const out = summarySheets(annex1, r)[0]!;
    const totalRow = out.rows[out.dataEnd]!;
    expect(totalRow[0]!.value).toBe('累计');
    expect(totalRow[1]!.value).toBe(16);
  });

  it('never takes a file’s own 累计; says when it disagrees with its months', () => {
    const f = readReceivedFile(
      annex1,
      sheet(
        typedAnnex1(
          [
            ['5月', [4, 2, 2]],
            ['6月', [1, 0, 0]],
          ],
          [9, 2, 2],
        ),
      ),
      '乙镇.xlsx',
      'f1',
      all,
    );
    expect(f.problems).toEqual([]);
    expect(f.notices).toEqual([
      expect.stringMatching(
        /^文件“乙镇.xlsx”第 7 行（累计）与文件里5月、6月之和不一致：企业自查自纠情况 · 自查企业（家）写的是 9，各月相加是 5。汇总按各月重新计算/,
      ),
    ]);
    const r = buildSummary(annex1, [f]);
    expect(totals(annex1, r.data.rows)['self-enterprises']).toBe('5');
    expect(r.files[0]!.status).toBe('included');
  });

  it('fills months no file covers with blanks, so the months stay continuous', async () => {
    const a = await readCsv(
      annex5,
      filled(annex5, unit('甲县', '2025-08-01'), [
        { month: '2025-05', cells: {} },
        { month: '2025-06', cells: {} },
        { month: '2025-07', cells: { 'self-enterprises': '2', 'penalty-amount': '1.5' } },
      ]),
      '甲县.csv',
      'f1',
    );
    expect(a.notices).toEqual(['5月、6月一行没有填写数字，未计入']);
    const b = await readCsv(
      annex5,
      filled(annex5, unit('乙县', '2025-08-01'), [
        { month: '2025-05', cells: { 'penalty-amount': '0.25' } },
        { month: '2025-06', cells: {} },
        { month: '2025-07', cells: { 'penalty-amount': '2' } },
      ]),
      '乙县.csv',
      'f2',
    );
    const r = buildSummary(annex5, [a, b]);
    expect(r.data.rows.map((x) => [x.month, x.cells['penalty-amount'], x.cells['self-enterprises']])).toEqual(
      [
        ['2025-05', '0.25', ''],
        ['2025-06', '', ''],
        ['2025-07', '3.50', '2'],
      ],
    );
  });

  it('a month outside firstMonth..lastMonth is a problem naming the file and row; the file is left out', async () => {
    const months = ['2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11'];
    const f = await readXlsx(
      annex5,
      filled(
        annex5,
        unit('甲县', '2025-12-01'),
        months.map((m) => ({ month: m, cells: { 'self-enterprises': '1' } })),
      ),
      '甲县.xlsx',
      'f1',
    );
    expect(f.problems).toEqual([
      '文件“甲县.xlsx”第 12 行 A 列（月份）：2025年11月不在本表的月份范围（2025年5月至2025年10月）内',
    ]);
    const r = buildSummary(annex5, [f]);
    expect(r.files[0]!.status).toBe('error');
    expect(r.included).toBe(0);
    expect(r.totalNote).toBe('合计包括 0 个文件（共 1 个，1 个未计入）');
    expect(monthOutside(annex1, '2025-04')).toContain(
      '2025年4月不在本表的月份范围（2025年5月至2025年12月）内',
    );
    expect(monthOutside(annex1, '2025-12')).toBeNull();
  });
});

describe('a file with errors, of another annex, or unreadable', () => {
  it('lists 已整改 > 隐患 and a bad cell with file, row and column, and leaves the file out', async () => {
    const f = await readCsv(
      annex1,
      filled(annex1, unit('丙镇', '2025-06-20'), [
        row1('2025-05', [1, 2, 3]),
        { month: '2025-06', cells: { 'self-enterprises': '两家' } },
      ]),
      '丙镇.csv',
      'f1',
    );
    expect(f.problems).toEqual([
      expect.stringMatching(
        /^文件“丙镇.csv”第 2 行 D 列（企业自查自纠情况 · 一般隐患已整改（条））：不能大于一般隐患（条）/,
      ),
      expect.stringMatching(
        /^文件“丙镇.csv”第 3 行 B 列（企业自查自纠情况 · 自查企业（家））：必须是不小于 0 的整数/,
      ),
      expect.stringMatching(/^文件“丙镇.csv”第 3 行 D 列.*（截至6月累计：已整改 3，一般隐患 2）/),
    ]);
    const good = await readCsv(
      annex1,
      filled(annex1, unit('丁镇', ''), [row1('2025-05', [1])]),
      '丁镇.csv',
      'f2',
    );
    const r = buildSummary(annex1, [f, good]);
    expect(r.files.map((o) => [o.status, o.note])).toEqual([
      ['error', '有错误，未计入；改正后重新加入'],
      ['included', '已计入'],
    ]);
    expect(r.data.rows[0]!.cells['self-enterprises']).toBe('1');
  });

  it('says a file is another annex (附件3 or 附件5 dropped on 附件1) and leaves it out', async () => {
    const bytes = await workbookBytes([
      toSheet(
        annex5,
        filled(annex5, unit('甲县', ''), [{ month: '2025-05', cells: { 'self-enterprises': '1' } }]),
      ),
    ]);
    const a5 = readReceivedFile(annex1, await readSheets(bytes, '月报.xlsx'), '月报.xlsx', 'f1', all);
    expect(a5.other).toBe(
      '文件“月报.xlsx”是附件5《有限空间作业排查整治攻坚行动月报表》，不是附件1《安全生产隐患排查整治调度表》，未计入；请把它放到附件5的汇总里',
    );
    const a3 = readReceivedFile(
      annex1,
      sheet([
        '序号 有限空间名称 位置 数量 主要危险有害因素 可能事故后果 作业形式 风险等级 审批责任人'.split(' '),
      ]),
      '台账.xlsx',
      'f2',
      all,
    );
    expect(a3.other).toContain('是附件3');
    const r = buildSummary(annex1, [a5, a3]);
    expect(r.files.map((o) => o.status)).toEqual(['other', 'other']);
    expect(r.data.rows).toHaveLength(1); // the empty form's first month
  });

  it('names the sheet when the workbook has several', () => {
    const matrix = typedAnnex1(
      [
        ['5月', [1, 1, 2]],
        ['6月', [1]],
      ],
      null,
    );
    const f = readReceivedFile(
      annex1,
      {
        sheets: [
          { name: '说明', matrix: [['本表由乙镇填写']] },
          { name: '调度表', matrix },
        ],
      },
      '乙镇.xlsx',
      'f1',
      all,
    );
    expect(f.problems).toEqual([
      expect.stringMatching(
        /^文件“乙镇.xlsx”工作表“调度表”第 5 行 D 列（企业自查自纠情况 · 一般隐患已整改（条））：不能大于一般隐患（条）$/,
      ),
      expect.stringMatching(
        /^文件“乙镇.xlsx”工作表“调度表”第 6 行 D 列.*（截至6月累计：已整改 2，一般隐患 1）$/,
      ),
    ]);
  });

  it('an unreadable file, and a table with no month filled, are problems', async () => {
    const bad = readReceivedFile(
      annex1,
      await readSheets(new TextEncoder().encode('hello'), 'x.xlsx'),
      'x.xlsx',
      'f1',
      all,
    );
    expect(bad.problems).toEqual(['文件“x.xlsx”无法读取：不是 Excel 文件（.xlsx/.xls）']);
    expect(bad.unit).toBe('x');
    expect(bad.unitFromFileName).toBe(true);
    const empty = await readCsv(
      annex1,
      filled(annex1, unit('甲镇', ''), [{ month: '2025-05', cells: {} }]),
      '空.csv',
      'f2',
    );
    expect(empty.problems).toEqual(['文件“空.csv”：表格里没有填写任何月份的数字']);
  });
});

describe('duplicates', () => {
  const file = (id: string, u: string, date: string, months: string[]): ReceivedFile => ({
    id,
    fileName: `${id}.xlsx`,
    source: 'annex',
    unit: u,
    unitFromFileName: false,
    date,
    sheet: '',
    months: months.map((month, i) => ({ month, row: 5 + i, cells: { 'self-enterprises': id.slice(1) } })),
    rows: [],
    problems: [],
    other: null,
    notices: [],
  });

  it('the same 填报单位 and month twice: the later 填报日期 counts by default, the other is said so', () => {
    const r = buildSummary(annex1, [
      file('f1', '甲 镇', '2025-06-20', ['2025-05']),
      file('f2', '甲镇', '2025-07-20', ['2025-05']),
    ]);
    expect(r.groups).toEqual([
      expect.objectContaining({
        key: '甲镇|2025-05',
        label: '甲 镇 · 5月',
        files: ['f1', 'f2'],
        chosen: 'f2',
        by: 'latest',
      }),
    ]);
    expect(r.files.map((o) => o.status)).toEqual(['duplicate', 'included']);
    expect(r.files[0]!.note).toBe('重复，未计入；与“f2.xlsx”重复（甲 镇 · 5月），计入的是“f2.xlsx”');
    expect(r.files[1]!.note).toBe('已计入；与“f1.xlsx”重复（甲 镇 · 5月），按填报日期较晚计入这一个');
    expect(r.data.rows[0]!.cells['self-enterprises']).toBe('2');
  });

  it('when the dates do not decide, neither counts until the user chooses', () => {
    const files = [
      file('f1', '甲镇', '2025-06-20', ['2025-05']),
      file('f2', '甲镇', '2025-06-20', ['2025-05']),
    ];
    const r = buildSummary(annex1, files);
    expect(r.groups[0]!.chosen).toBeNull();
    expect(r.files.map((o) => o.status)).toEqual(['duplicate', 'duplicate']);
    expect(r.files[0]!.note).toContain('请选择计入哪一个；选择前都不计入');
    expect(r.included).toBe(0);
    const chosen = buildSummary(annex1, files, { '甲镇|2025-05': 'f1' });
    expect(chosen.files.map((o) => o.status)).toEqual(['included', 'duplicate']);
    expect(chosen.files[0]!.note).toContain('已选择计入这一个');
    expect(chosen.data.rows[0]!.cells['self-enterprises']).toBe('1');
  });

  it('one note per outcome, naming the months it covers', () => {
    const r = buildSummary(annex1, [
      file('f1', '甲镇', '2025-06-01', ['2025-05', '2025-06']),
      file('f2', '甲镇', '2025-06-25', ['2025-05', '2025-06']),
    ]);
    expect(r.files[0]!.note).toBe('重复，未计入；与“f2.xlsx”重复（甲镇 · 5月、6月），计入的是“f2.xlsx”');
  });

  it('a cumulative report sent twice: the later one counts for the months both have; the earlier keeps the rest', () => {
    // f1 (earlier) has 5–7月, f2 (later) 5–6月: f1 still counts for 7月.
    const r = buildSummary(annex1, [
      file('f1', '甲镇', '2025-06-01', ['2025-05', '2025-06', '2025-07']),
      file('f2', '甲镇', '2025-06-25', ['2025-05', '2025-06']),
    ]);
    expect(r.files.map((o) => [o.status, o.counted])).toEqual([
      ['partial', '7月'],
      ['included', '5月、6月'],
    ]);
    expect(r.data.rows.map((x) => x.cells['self-enterprises'])).toEqual(['2', '2', '1']);
    expect(r.included).toBe(2);
  });

  it('a choice that now sums 已整改 above 隐患 is said as a problem of the result', () => {
    const a = file('f1', '甲镇', '', ['2025-05']);
    a.months[0]!.cells = { 'self-general': '1', 'self-general-fixed': '1' };
    const b = file('f2', '甲镇', '', ['2025-05', '2025-06']);
    b.months[0]!.cells = { 'self-general': '0', 'self-general-fixed': '0' };
    b.months[1]!.cells = { 'self-general': '0', 'self-general-fixed': '1' };
    expect(() => buildSummary(annex1, [a, b])).not.toThrow();
    const r = buildSummary(annex1, [a, b], { '甲镇|2025-05': 'f2' });
    expect(r.problems).toEqual([
      expect.stringMatching(/^汇总后 6月 · 企业自查自纠情况 · 已整改（条）不能大于一般隐患（条）/),
    ]);
  });
});

describe('附件2: rows concatenated and renumbered', () => {
  const row = (inspected: string, description: string) => ({
    cells: { 'check-date': '2025-06-03', inspector: '县应急管理局', inspected, description },
  });
  it('keeps each row’s source file and row, numbers 1..n, and flags the same 填报单位 twice', async () => {
    const a = await readXlsx(
      annex2,
      filled(annex2, unit('甲县', '2025-07-01'), [row('甲公司', '一'), row('乙公司', '二')]),
      '甲县.xlsx',
      'f1',
    );
    const b = await readCsv(
      annex2,
      filled(annex2, unit('乙县', '2025-07-02'), [row('丙公司', '三')]),
      '乙县.csv',
      'f2',
    );
    const again = await readXlsx(
      annex2,
      filled(annex2, unit('甲县', '2025-06-01'), [row('甲公司', '旧')]),
      '甲县旧.xlsx',
      'f3',
    );
    // Our CSV has no 填报 lines: its 填报单位 is its file name.
    expect([b.unit, b.unitFromFileName]).toEqual(['乙县', true]);
    expect(a.rows.map((x) => x.row)).toEqual([4, 5]);
    const r = buildSummary(annex2, [a, b, again]);
    expect(r.data.rows.map((x) => x.cells.description)).toEqual(['一', '二', '三']);
    expect(r.rowSources.map((s) => [s.fileName, s.row])).toEqual([
      ['甲县.xlsx', 4],
      ['甲县.xlsx', 5],
      ['乙县.csv', 2],
    ]);
    expect(r.files.map((o) => [o.status, o.counted])).toEqual([
      ['included', '第 1–2 行'],
      ['included', '第 3–3 行'],
      ['duplicate', ''],
    ]);
    expect(r.groups[0]).toEqual(
      expect.objectContaining({ key: '甲县', month: null, chosen: 'f1', by: 'latest' }),
    );
    const sheets = summarySheets(annex2, r);
    expect(sheets.map((s) => s.name)).toEqual(['附件2', SOURCES_SHEET, ROW_SOURCES_SHEET]);
    const main = sheets[0]!;
    expect(main.rows.slice(main.dataStart, main.dataEnd + 1).map((x) => x[0]!.value)).toEqual([1, 2, 3]);
    const src = sheets[1]!;
    const lines = src.rows.slice(src.dataStart, src.dataEnd + 1).map((x) => x.map((c) => c.value));
    expect(lines.map((l) => [l[1], l[4], l[5]])).toEqual([
      ['甲县.xlsx', 2, '1–2'],
      ['乙县.csv', 1, '3–3'],
      ['甲县旧.xlsx', 1, null],
    ]);
  });
});

describe('self-check files (附件1 企业自查自纠情况)', () => {
  const check: SelfCheck = {
    ...emptySelfCheck('c1', '2025-06-18', 't'),
    enterprise: '晋城某钢铁有限公司',
    kinds: ['metal-smelting'],
    answers: { 'mem10-industry': ['metallurgy'] },
    results: {
      'gas-archives': { status: '不符合', progress: '已整改' },
      'gas-repair-records': { status: '不符合' },
      'gas-alarm': { status: '不符合', progress: '整改中' },
      // One hazard with gas-alarm (its criterion answered 存在): counted once, 重大, 整改中 as on gas-alarm.
      'mem10-4-6': { status: '存在该情形', progress: '已整改' },
      'gas-water-seal': { status: '符合' },
    },
  };
  const text = (c: SelfCheck) => selfCheckFileText(c, [], '2025-06-19T00:00:00Z');

  it('adds one enterprise and its hazards and 已整改 to the month of its 检查日期', () => {
    const f = readSelfCheckReceived(annex1, text(check), '自查.json', 'f1', selfCheckData);
    expect(f.problems).toEqual([]);
    expect(f.unit).toBe('晋城某钢铁有限公司');
    expect(f.months).toEqual([
      {
        month: '2025-06',
        row: 0,
        cells: expect.objectContaining({
          'self-enterprises': '1',
          'self-general': '2',
          'self-general-fixed': '1',
          'self-major': '1',
          'self-major-fixed': '0',
          'dept-enterprises': '',
        }),
      },
    ]);
    const r = buildSummary(annex1, [f]);
    expect(r.data.rows.map((x) => [x.month, x.cells['self-enterprises']])).toEqual([
      ['2025-05', ''],
      ['2025-06', '1'],
    ]);
    const src = summarySourcesSheet(annex1, r);
    expect(src.rows[src.dataStart]!.map((c) => c.value).slice(1, 6)).toEqual([
      '自查.json',
      '晋城某钢铁有限公司',
      '2025-06-18',
      '6月（自查文件）',
      1,
    ]);
  });

  it('a self-check without 检查日期 or outside the campaign is a problem; on 附件5 it is another file', () => {
    expect(
      readSelfCheckReceived(annex1, text({ ...check, date: '' }), 'a.json', 'f1', selfCheckData).problems[0],
    ).toContain('没有检查日期');
    expect(
      readSelfCheckReceived(annex1, text({ ...check, date: '2026-02-01' }), 'b.json', 'f2', selfCheckData)
        .problems,
    ).toEqual(['文件“b.json”检查日期 2026-02-01：2026年2月不在本表的月份范围（2025年5月至2025年12月）内']);
    expect(readSelfCheckReceived(annex5, text(check), 'c.json', 'f3', selfCheckData).other).toContain(
      '只能计入附件1',
    );
    expect(readSelfCheckReceived(annex1, '{}', 'd.json', 'f4', selfCheckData).problems[0]).toContain(
      '不是本站导出的自查文件',
    );
  });

  it('readReceived dispatches by file name: .json as a self-check, anything else through the table layer', async () => {
    const bytes = new TextEncoder().encode(text(check));
    const f = await readReceived(annex1, bytes, '自查.json', 'f1', { others: all, selfCheck: selfCheckData });
    expect(f.source).toBe('self-check');
    const g = await readReceived(
      annex1,
      csvBytes(toCsv(annex1, filled(annex1, unit('甲镇', ''), [row1('2025-05', [1])]))),
      '甲.csv',
      'f2',
      {
        others: all,
        selfCheck: selfCheckData,
      },
    );
    expect(g.source).toBe('annex');
    expect(g.months).toHaveLength(1);
  });
});

describe('隐患台账 files (附件1 企业自查自纠情况)', () => {
  const june: SelfCheck = {
    ...emptySelfCheck('c6', '2025-06-18', 't'),
    enterprise: '晋城某钢铁有限公司',
    kinds: ['metal-smelting'],
    answers: { 'mem10-industry': ['metallurgy'] },
    results: {
      'gas-archives': { status: '不符合', progress: '已整改' },
      'mem10-4-6': { status: '存在该情形', progress: '已整改', photos: [{ id: 'p1', stage: '整改后' }] },
    },
  };
  const file = (checks: SelfCheck[], acceptance = {}, walk: RegisterDraft['walk'] = []) =>
    registerFileText({
      exportedAt: '2025-08-01T00:00:00Z',
      enterprise: '晋城某钢铁有限公司',
      register: { walk, acceptance },
      checks,
      photos: checks.length ? [{ id: 'p1', stage: '整改后', dataUrl: 'data:image/jpeg;base64,AAAA' }] : [],
    });

  it('counts found by 发现日期 and 已整改 by 验收日期, month by month, and says how (本站理解)', async () => {
    const text = file(
      [june],
      {
        'gas-archives@c6': { by: '赵六', date: '2025-07-02', opinion: '' },
        'mem10-4-6@c6': { by: '赵六', date: '2025-06-30', opinion: '' },
      },
      [{ ...emptyWalkHazard('w1', '2025-07-05'), description: '通道堆物', deadline: '2025-07-10' }],
    );
    const f = await readReceived(annex1, new TextEncoder().encode(text), '台账.json', 'f1', {
      others: all,
      selfCheck: selfCheckData,
    });
    expect(f.source).toBe('register');
    expect(f.problems).toEqual([]);
    expect(f.unit).toBe('晋城某钢铁有限公司');
    const cells = (m: string) => {
      const c = f.months.find((p) => p.month === m)!.cells;
      return ['self-enterprises', 'self-general', 'self-general-fixed', 'self-major', 'self-major-fixed'].map(
        (k) => c[k],
      );
    };
    expect(f.months.map((p) => p.month)).toEqual(['2025-06', '2025-07']);
    expect(cells('2025-06')).toEqual(['1', '1', '0', '1', '1']);
    expect(cells('2025-07')).toEqual(['0', '1', '1', '0', '0']);
    expect(f.notices).toEqual([REGISTER_COUNT_NOTE]);
    expect(REGISTER_COUNT_NOTE).toMatch(/^本站理解/);
    const r = buildSummary(annex1, [f]);
    const src = summarySourcesSheet(annex1, r);
    expect(src.rows[src.dataStart]!.map((c) => c.value).slice(4, 5)).toEqual(['6月（隐患台账）']);
  });

  it('months outside the form are said and left out; a file with none inside is left out with the reason', () => {
    const later = { ...june, id: 'c7', date: '2026-02-01' };
    const some = readRegisterReceived(annex1, file([june, later]), 'a.json', 'f1', selfCheckData);
    expect(some.months.map((p) => p.month)).toEqual(['2025-06']);
    expect(some.notices[0]).toBe('2026年2月的记录不在本表的月份范围（2025年5月至2025年12月）内，未计入');
    const none = readRegisterReceived(annex1, file([later]), 'b.json', 'f2', selfCheckData);
    expect(none.problems).toEqual([
      '文件“b.json”的隐患台账记录在 2026年2月，都不在本表的月份范围（2025年5月至2025年12月）内，没有可以计入本表的月份',
    ]);
    expect(readRegisterReceived(annex5, file([june]), 'c.json', 'f3', selfCheckData).other).toContain(
      '只能计入附件1',
    );
    expect(
      readRegisterReceived(annex1, '{"format":"jc76-register"}', 'd.json', 'f4', selfCheckData).problems[0],
    ).toContain('文件“d.json”字段');
  });
});

describe('draft for 在表单中打开', () => {
  it('keeps the 填报 fields already typed in the form and takes the combined rows', () => {
    const r = buildSummary(annex1, []);
    const current = filled(annex1, unit('本县应急管理局', '2025-07-20'), [row1('2025-05', [9])]);
    const draft = summaryDraft(r.data, current);
    expect(draft.fields.unit).toBe('本县应急管理局');
    expect(draft.rows).toBe(r.data.rows);
    expect(summaryDraft(r.data, null)).toBe(r.data);
  });
});

describe('for the page', () => {
  it('lists what each file covers and every file left out, naming it', async () => {
    const good = await readCsv(
      annex1,
      filled(annex1, unit('甲镇', ''), [row1('2025-05', [1]), row1('2025-06', [1])]),
      '甲镇.csv',
      'f1',
    );
    const bad = readReceivedFile(
      annex1,
      { error: '文件“x.xlsx”无法读取：不是 Excel 文件（.xlsx/.xls）' },
      'x.xlsx',
      'f2',
      all,
    );
    const r = buildSummary(annex1, [good, bad]);
    expect(coverage(annex1, good)).toBe('5月、6月');
    expect(leftOutList(r)).toEqual([
      { id: 'f2', message: '文件“x.xlsx”无法读取：不是 Excel 文件（.xlsx/.xls）' },
    ]);
  });
});

describe('files that hold some months (issue 16)', () => {
  const read = (matrix: unknown[][], name: string, id: string, layout = annex1) =>
    readReceivedFile(layout, sheet(matrix), name, id, all);
  const only = (month: string, values: number[], top?: unknown[]) =>
    typedAnnex1([[month, values]], null, top);

  it('a file of one month brings that month only: no empty months said, the 汇总 fills the months before', () => {
    const f = read(only('6月', [2, 3, 1]), '乙镇6月.xlsx', 'f1');
    expect(f.problems).toEqual([]);
    expect(f.notices).toEqual([]);
    expect(f.months).toEqual([
      { month: '2025-06', row: 5, cells: expect.objectContaining({ 'self-general': '3' }) },
    ]);
    expect(coverage(annex1, f)).toBe('6月');
    const r = buildSummary(annex1, [f]);
    expect(r.files.map((o) => [o.status, o.counted])).toEqual([['included', '6月']]);
    expect(r.data.rows.map((x) => [x.month, x.cells['self-general']])).toEqual([
      ['2025-05', ''],
      ['2025-06', '3'],
    ]);
  });

  it('a later start and gaps: the months the file has, each from its own row', () => {
    const f = read(
      typedAnnex1(
        [
          ['7月', [1, 1]],
          ['9月', [1, 4]],
        ],
        null,
      ),
      '丙镇.xlsx',
      'f1',
    );
    expect(f.problems).toEqual([]);
    expect(f.months.map((p) => [p.month, p.row, p.cells['self-general']])).toEqual([
      ['2025-07', 5, '1'],
      ['2025-09', 6, '4'],
    ]);
    expect(coverage(annex1, f)).toBe('7月、9月');
  });

  it('a month outside the campaign is still an error naming file, row and column', () => {
    const f = read(only('2026年1月', [1]), '丁镇.xlsx', 'f1');
    expect(f.problems).toEqual([
      '文件“丁镇.xlsx”第 5 行 A 列（月份）：2026年1月不在本表的月份范围（2025年5月至2025年12月）内',
    ]);
    const early = read(only('2025年4月', [1]), '丁镇.xlsx', 'f2');
    expect(early.problems).toEqual([
      '文件“丁镇.xlsx”第 5 行 A 列（月份）：2025年4月早于本表的第一个月2025年5月',
    ]);
    expect(buildSummary(annex1, [f, early]).files.map((o) => o.status)).toEqual(['error', 'error']);
  });

  it('its own 累计 is checked against the months it holds', () => {
    // 6月 and 8月 of 一般隐患 (2 + 5): the file's own 累计 written right (7), then wrong (9).
    const withTotal = (total: number, id: string) =>
      read(
        typedAnnex1(
          [
            ['6月', [1, 2]],
            ['8月', [1, 5]],
          ],
          [2, total],
        ),
        '戊镇.xlsx',
        id,
      );
    expect(withTotal(7, 'f1').notices).toEqual([]);
    const wrong = withTotal(9, 'f2');
    expect(wrong.notices).toEqual([
      '文件“戊镇.xlsx”第 7 行（累计）与文件里6月、8月之和不一致：企业自查自纠情况 · 一般隐患（条）写的是 9，各月相加是 7。汇总按各月重新计算，不用文件里的累计',
    ]);
  });

  it('已整改 above 隐患 in a file without the months before: counted, said, and the 汇总 checks the sum', () => {
    const may = read(only('5月', [1, 2, 0]), '甲镇5月.xlsx', 'f1');
    const june = read(only('6月', [1, 0, 2], ['填报单位：甲镇']), '甲镇6月.xlsx', 'f2');
    expect(june.problems).toEqual([]);
    expect(june.notices).toEqual([
      expect.stringMatching(
        /^文件“甲镇6月.xlsx”第 5 行 D 列.*文件里没有5月的数字，已整改可能包括此前发现的隐患/,
      ),
    ]);
    expect(buildSummary(annex1, [may, june]).problems).toEqual([]);
    // Without 5月's file the 汇总 itself has 已整改 above 隐患, and says so.
    expect(buildSummary(annex1, [june]).problems).toEqual([
      expect.stringMatching(/^汇总后 6月 · 企业自查自纠情况 · 已整改（条）不能大于一般隐患（条）/),
    ]);
  });

  it('twenty single-month files from four units, some starting late, some with gaps, add up month by month', () => {
    const plan: [string, number[]][] = [
      ['甲镇', [5, 6, 7, 8, 9, 10]],
      ['乙镇', [6, 7, 8, 9, 10, 11]],
      ['丙镇', [5, 7, 9, 11]],
      ['丁镇', [8, 9, 10, 12]],
    ];
    const expected = new Map<string, number>();
    const files: ReceivedFile[] = [];
    plan.forEach(([town, months], u) =>
      months.forEach((m) => {
        const n = u * 10 + m;
        const key = `2025-${String(m).padStart(2, '0')}`;
        expected.set(key, (expected.get(key) ?? 0) + n);
        files.push(
          read(
            only(
              `${m}月`,
              [1, n, 0],
              [`填报单位（盖章）：泽州县${town}`, null, null, null, null, `2025年${m}月20日`],
            ),
            `${town}${m}月.xlsx`,
            `f${files.length + 1}`,
          ),
        );
      }),
    );
    expect(files).toHaveLength(20);
    expect(files.flatMap((f) => f.problems)).toEqual([]);
    expect(files[0]!.unit).toBe('泽州县甲镇');
    expect(files[0]!.date).toBe('2025-05-20');
    const r = buildSummary(annex1, files);
    expect(r.totalNote).toBe('合计包括 20 个文件（共 20 个）');
    expect(r.groups).toEqual([]);
    expect(r.files.map((o) => o.counted)).toEqual(plan.flatMap(([, months]) => months.map((m) => `${m}月`)));
    expect(r.data.rows.map((x) => [x.month, x.cells['self-general'], x.cells['self-enterprises']])).toEqual(
      [...expected.keys()]
        .sort()
        .map((m) => [
          m,
          String(expected.get(m)),
          String(files.filter((f) => f.months[0]!.month === m).length),
        ]),
    );
    const sum = [...expected.values()].reduce((a, b) => a + b, 0);
    expect(totals(annex1, r.data.rows)['self-general']).toBe(String(sum));
    expect(totals(annex1, r.data.rows)['self-enterprises']).toBe('20');
  });

  it('the same unit’s month twice, with 填报单位（盖章）： lines, is a duplicate again (the rule as before)', () => {
    const top = (date: string) => ['填报单位（盖章）：泽州县乙镇', null, null, null, null, date];
    const a = read(only('5月', [1, 3]), 'a.xlsx', 'f1');
    const b = read(only('5月', [1, 3], top('2025年6月20日')), '乙镇5月.xlsx', 'f2');
    const c = read(only('5月', [1, 4], top('2025年6月25日')), '乙镇5月（改）.xlsx', 'f3');
    expect([b.unit, b.unitFromFileName, b.date]).toEqual(['泽州县乙镇', false, '2025-06-20']);
    const r = buildSummary(annex1, [a, b, c]);
    expect(r.groups.map((g) => [g.label, g.files, g.chosen])).toEqual([
      ['泽州县乙镇 · 5月', ['f2', 'f3'], 'f3'],
    ]);
    expect(r.files.map((o) => o.status)).toEqual(['included', 'duplicate', 'included']);
  });
});

describe('a unit taken from the file name (issue 16)', () => {
  const file = (name: string, id: string, month: string, values: number[], unitLine = true) =>
    readReceivedFile(
      annex1,
      sheet(
        typedAnnex1(
          [[month, values]],
          null,
          unitLine ? [`填报单位：${name.replace(/\d+月.*$/, '')}`] : [null],
        ),
      ),
      `${name}.xlsx`,
      id,
      all,
    );

  it('is shown as “没找到填报单位，取自文件名”', () => {
    const f = file('乙镇5月', 'f1', '5月', [1, 3], false);
    expect(f.unitFromFileName).toBe(true);
    expect(f.unit).toBe('乙镇5月');
    expect(unitShown(f)).toBe('乙镇5月（没找到填报单位，取自文件名）');
    const g = file('乙镇5月', 'f2', '5月', [1, 3]);
    expect(unitShown(g)).toBe('乙镇');
    const sources = summarySourcesSheet(annex1, buildSummary(annex1, [f]));
    expect(JSON.stringify(sources.rows)).toContain('乙镇5月（没找到填报单位，取自文件名）');
  });

  it('two files whose month holds the same numbers are flagged as a possible duplicate; both still count', () => {
    const a = file('乙镇5月', 'f1', '5月', [1, 3, 2], false);
    const b = file('乙镇5月(1)', 'f2', '5月', [1, 3, 2], false);
    const other = file('丙镇5月', 'f3', '5月', [1, 4, 2], false);
    const r = buildSummary(annex1, [a, b, other]);
    expect(r.groups).toEqual([]);
    expect(r.files.map((o) => o.status)).toEqual(['included', 'included', 'included']);
    expect(r.possibleDuplicates).toEqual([
      {
        files: ['f1', 'f2'],
        months: ['2025-05'],
        message:
          '“乙镇5月.xlsx”与“乙镇5月(1).xlsx”的5月数字完全相同，可能是同一份报表；“乙镇5月.xlsx”、“乙镇5月(1).xlsx”里没找到填报单位，无法按填报单位判断是否重复。两个文件都已计入；如果是同一份，请移除其中一个',
      },
    ]);
    expect(r.files[0]!.note).toBe('已计入；可能与“乙镇5月(1).xlsx”重复（5月的数字完全相同），请核对');
    expect(r.files[2]!.note).toBe('已计入');
  });

  it('one file with its unit, one without: flagged too; both with their units found: the duplicate rule decides', () => {
    const named = file('乙镇5月', 'f1', '5月', [1, 3]);
    const bare = file('报表', 'f2', '5月', [1, 3], false);
    expect(possibleDuplicates(annex1, [named, bare]).map((d) => d.files)).toEqual([['f1', 'f2']]);
    expect(possibleDuplicates(annex1, [named, bare])[0]!.message).toContain('“报表.xlsx”里没找到填报单位');
    // Two units found, different names, same numbers: different towns may report the same numbers.
    const other = file('丙镇5月', 'f3', '5月', [1, 3]);
    expect(possibleDuplicates(annex1, [named, other])).toEqual([]);
  });

  it('not flagged: other numbers, other months, all zero, or a file left out', () => {
    const a = file('x', 'f1', '5月', [1, 3], false);
    expect(possibleDuplicates(annex1, [a, file('y', 'f2', '5月', [1, 4], false)])).toEqual([]);
    expect(possibleDuplicates(annex1, [a, file('y', 'f2', '6月', [1, 3], false)])).toEqual([]);
    expect(
      possibleDuplicates(annex1, [file('x', 'f1', '5月', [0, 0], false), file('y', 'f2', '5月', [0], false)]),
    ).toEqual([]);
    const broken = file('y', 'f2', '5月', [1, 3], false);
    broken.problems.push('坏');
    expect(possibleDuplicates(annex1, [a, broken])).toEqual([]);
  });
});
