import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { type AnnexData, emptyAnnex, setCell, setField } from '../data';
import { filled, samples } from '../fixtures/samples';
import { cellText, columnLetter, dateToYmd, matrixToAnnex, normHeader } from '.';
import { leafColumns } from '../layout';
import { loadLayoutsFromFiles } from '../load-layouts-node';
import { parseMoneyCents } from '../values';
import { MAX_ROWS, readXlsx } from '../xlsx-read';
import { exportXlsxBytes } from '../xlsx-write';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../../..'));
const data = samples(layouts);
const ids = ['annex1', 'annex2', 'annex3', 'annex4', 'annex5'] as const;

/** AnnexData without row ids (ids are new on every import). */
const plain = (d: AnnexData | null) => d && { ...d, rows: d.rows.map(({ id: _id, ...rest }) => rest) };
const messages = (r: { errors: { message: string }[] }) => r.errors.map((e) => e.message);

/** An .xlsx made with SheetJS from rows, as someone would type it in WPS/Excel. */
function workbook(sheets: Record<string, { aoa: unknown[][]; merges?: string[] }>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, { aoa, merges }] of Object.entries(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true });
    if (merges) ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const l1 = layouts.annex1;
/** n empty cells, as a merged header or a form line leaves them. */
const gap = (n: number): null[] => Array.from({ length: n }, () => null);
/** 附件1's two header rows as typed (the 17 number columns under their groups). */
const a1header: unknown[][] = [
  ['月份', '企业自查自纠情况', ...gap(4), '部门督查检查情况', ...gap(7), '群众举报情况'],
  [
    '',
    ...leafColumns(l1)
      .slice(1)
      .map((c) => c.header),
  ],
];
/** A month row of 附件1: the label, then the numbers given (the rest 0). */
const a1row = (label: unknown, numbers: number[]) => [
  label,
  ...Array.from({ length: 17 }, (_, i) => numbers[i] ?? 0),
];

describe('export → import gives back the same annex', () => {
  it.each(ids)('%s: fields and every cell', async (id) => {
    const bytes = await exportXlsxBytes(layouts[id], data[id]);
    const result = await readXlsx(layouts[id], bytes, `${id}.xlsx`);
    expect(messages(result)).toEqual([]);
    expect(plain(result.data)).toEqual(plain(data[id]));
  });

  it('附件2 keeps commas, quotes, newlines and formula-like text', async () => {
    const result = await readXlsx(
      layouts.annex2,
      await exportXlsxBytes(layouts.annex2, data.annex2),
      '附件2.xlsx',
    );
    const row = result.data!.rows[0]!.cells;
    expect(row.inspected).toBe('某某煤业有限公司, 二号井');
    expect(row.description).toBe('井下"局部通风机"停运，\n回风巷瓦斯浓度超限');
    expect(row.remark).toBe('=SUM(A1)');
    expect(row.progress).toBe('-3 天');
  });

  it('附件5 money: the shortest text of the number (12.5 → "12.5"; typed "12.50" comes back "12.5", the same amount)', async () => {
    const typed = setCell(data.annex5, data.annex5.rows[0]!.id, 'penalty-amount', '12.50');
    const result = await readXlsx(layouts.annex5, await exportXlsxBytes(layouts.annex5, typed), '附件5.xlsx');
    const back = result.data!.rows.map((r) => r.cells['penalty-amount']);
    expect(back).toEqual(['12.5', '3', '0.05']);
    expect(parseMoneyCents(back[0]!)).toBe(parseMoneyCents('12.50'));
  });

  it.each(ids)('%s: an empty form comes back empty', async (id) => {
    const empty = emptyAnnex(layouts[id]);
    const result = await readXlsx(layouts[id], await exportXlsxBytes(layouts[id], empty), `${id}.xlsx`);
    expect(messages(result)).toEqual([]);
    expect(plain(result.data)).toEqual(plain(empty));
  });

  it('an empty required cell (检查时间) is not an import error: the form reports it', async () => {
    const half = setCell(data.annex2, data.annex2.rows[1]!.id, 'check-date', '');
    const result = await readXlsx(layouts.annex2, await exportXlsxBytes(layouts.annex2, half), '附件2.xlsx');
    expect(result.data!.rows[1]!.cells['check-date']).toBe('');
  });
});

describe('long tables are read whole or refused, never cut short', () => {
  it('reads all 6,000 rows of a 附件3 ledger with the lines below the table', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      cells: {
        name: `污水井${i + 1}`,
        quantity: String(i % 7),
        mode: i % 2 ? '外包作业' : '自主作业',
        risk: '中',
      },
    }));
    const big = filled(layouts.annex3, { enterprise: '某某食品有限公司' }, rows);
    const result = await readXlsx(layouts.annex3, await exportXlsxBytes(layouts.annex3, big), '台账.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.data!.rows).toHaveLength(6000);
    expect(result.data!.rows.at(-1)!.cells.name).toBe('污水井6000');
    expect(result.data!.fields.enterprise).toBe('某某食品有限公司');
  }, 30_000); // a correctness test of a long file; the bench measures its speed

  it('refuses a sheet with values beyond the row limit, saying so', async () => {
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet([
      ['序号', '有限空间名称'],
      [1, '污水井'],
    ]);
    ws[XLSX.utils.encode_cell({ r: MAX_ROWS + 5, c: 1 })] = { t: 's', v: '很远的一行' };
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: MAX_ROWS + 5, c: 1 } });
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const result = await readXlsx(layouts.annex3, bytes, '超长.xlsx');
    expect(result.data).toBeNull();
    expect(messages(result)).toEqual([
      `文件“超长.xlsx”超过 ${MAX_ROWS} 行，本站一次最多读取 ${MAX_ROWS} 行。请把表格分成几个文件。`,
    ]);
  });
});

describe('a table typed by hand in WPS', () => {
  const l1 = layouts.annex1;
  const leaf = [
    '自查企业(家)',
    '一般隐患 （条）',
    '已整改（条）',
    '重大隐患（条）',
    '已整改(条)',
    '督查企业（家）',
    '一般隐患（条）',
    '已整改（条）',
    '重大隐患（条）',
    '已整改（条）',
    '责令停产整顿/\n关闭取缔（家）',
    '曝光/约谈/联合惩戒企业（家）',
    '责任倒查/责任追责问责（家）',
    '举报一般隐患（条）',
    '已整改（条）',
    '举报重大隐患（条）',
    '已整改（条）',
  ];
  const may = [3, '4', 2, 0, 0, 1, 2, 2, 0, 0, 0, 0, 0, 1, 1, 0, 0];
  const june = [5, 6, 5, 1, 1, 2, 3, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0];
  const aoa: unknown[][] = [
    ['  安全生产隐患排查整治调度表'],
    [],
    [null, '填报单位：某县应急管理局', ...gap(9), '填报日期：2025年7月1日'],
    [null, '月  份', '企业自查\n自纠情况', ...gap(4), '部门督查检查情况', ...gap(7), ' 群众举报情况 '],
    [null, null, ...leaf],
    [null, '5月', ...may],
    [null, '6月', ...june],
    [null, '累计', 999, 999, 999, 999, 999, 999, 999, 999, 999, 999, 999, 999, 999, 999, 999, 999, 999],
    [null, '填报人：王五', ...gap(9), '联系电话：', '0356-2222222'],
  ];
  const merges = ['A1:S1', 'B3:K3', 'L3:S3', 'B4:B5', 'C4:G4', 'H4:O4', 'P4:S4'];

  it('finds the shifted header (spaces, newlines, half-width brackets), reads fields and months, ignores 累计', async () => {
    const result = await readXlsx(l1, workbook({ Sheet1: { aoa, merges } }), '调度表.xlsx');
    expect(messages(result)).toEqual([]);
    const d = result.data!;
    expect(d.fields).toEqual({
      unit: '某县应急管理局',
      date: '2025-07-01',
      filler: '王五',
      phone: '0356-2222222',
    });
    expect(d.rows.map((r) => r.month)).toEqual(['2025-05', '2025-06']);
    const keys = leafColumns(l1)
      .slice(1)
      .map((c) => c.key);
    expect(keys.map((k) => d.rows[0]!.cells[k])).toEqual(may.map(String));
    expect(keys.map((k) => d.rows[1]!.cells[k])).toEqual(june.map(String));
  });

  it('reads 2026年1月 and 2025-06 style month labels, and a month cell Excel turned into a date', () => {
    const m = (label: unknown) => [null, label, ...may];
    const result = matrixToAnnex(
      l1,
      [
        aoa[3]!,
        aoa[4]!,
        m('2025-05'),
        m(new Date(Date.UTC(2025, 5, 1))),
        m('2025年7月'),
        m(8),
        m('９月份'),
        m('2025/10'),
      ],
      'x.csv',
    );
    expect(messages(result)).toEqual([]);
    expect(result.data!.rows.map((r) => r.month)).toEqual(
      '2025-05 2025-06 2025-07 2025-08 2025-09 2025-10'.split(' '),
    );
  });

  it('附件3: the enterprise name from the title, enum values, 备注 line below', async () => {
    const l3 = layouts.annex3;
    const aoa3 = [
      ['晋城市某某（集团）有限公司 有限空间管理台账(参考)'],
      leafColumns(l3).map((c) => c.header),
      [1, '污水池', '厂区东侧', 2, '硫化氢中毒', '中毒窒息', '外包作业', '高', '王五'],
      [2, '发酵罐', '二车间', '6', '二氧化碳', '窒息', '自主作业', '低', '赵六'],
      [3],
      ['备注：1.作业形式分为自主作业和外包作业。'],
    ];
    const result = await readXlsx(l3, workbook({ 台账: { aoa: aoa3, merges: ['A1:I1'] } }), '台账.xlsx');
    expect(messages(result)).toEqual([]);
    expect(result.data!.fields).toEqual({ enterprise: '晋城市某某（集团）有限公司' });
    expect(
      result.data!.rows.map((r) => [r.cells.name, r.cells.quantity, r.cells.mode, r.cells.risk]),
    ).toEqual([
      ['污水池', '2', '外包作业', '高'],
      ['发酵罐', '6', '自主作业', '低'],
    ]);
  });

  it('附件2: a date cell typed in WPS (a real date) and a 填报时间 whose value sits in the next cell', async () => {
    const l2 = layouts.annex2;
    // Built after the time zone is set, as a user's machine would.
    const aoa2 = () => [
      ['2025年重大事故隐患清单'],
      ['填报单位:', '某县应急管理局', null, null, null, '填报时间:', new Date(2025, 6, 1)],
      leafColumns(l2).map((c) => c.header),
      [1, new Date(2025, 5, 3), '县应急管理局', '某煤业公司', '煤矿', '瓦斯超限', 45838, '整改中', ''],
      ['填表人：李四', null, null, null, null, '联系电话：13800000000'],
    ];
    for (const tz of ['America/Los_Angeles', 'Asia/Shanghai']) {
      const saved = process.env.TZ;
      process.env.TZ = tz;
      try {
        const result = await readXlsx(l2, workbook({ Sheet1: { aoa: aoa2() } }), '清单.xlsx');
        expect(messages(result)).toEqual([]);
        expect(result.data!.fields).toEqual({
          unit: '某县应急管理局',
          date: '2025-07-01',
          filler: '李四',
          phone: '13800000000',
        });
        expect(result.data!.rows[0]!.cells).toMatchObject({
          'check-date': '2025-06-03',
          deadline: '2025-06-30',
          description: '瓦斯超限',
        });
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    }
  });

  it('附件4: rows matched by 行业领域 in any order; 合计 ignored; a missing row stays empty', () => {
    const l4 = layouts.annex4;
    const header = [
      ['监管部门', '行业领域', '涉及企业单位（家）', '有限空间作业场所（处）', '有限空间风险等级'],
      [null, null, null, null, '高（处）', '中（处）', '低（处）'],
    ];
    const result = matrixToAnnex(
      l4,
      [...header, ['应急管理局', '机械（高炉企业）', 3, 9, 2, 3, 4], ['合计', null, 100, 100, 100, 100, 100]],
      '统计表.xlsx',
    );
    expect(messages(result)).toEqual([]);
    expect(result.data!.rows.map((r) => [r.label, r.cells.enterprises])).toEqual([
      ['轻工（农副产品加工、食品制造、印染）', ''],
      ['机械（高炉企业）', '3'],
    ]);
  });

  it('the table on the second sheet is found; messages then name the sheet', async () => {
    const bytes = workbook({ 说明: { aoa: [['请在“附件1”工作表填写']] }, 附件1: { aoa, merges } });
    expect(messages(await readXlsx(l1, bytes, '调度表.xlsx'))).toEqual([]);
    const bad = aoa.map((row) => [...row]);
    bad[5]![12] = 'abc';
    const result = await readXlsx(
      l1,
      workbook({ 说明: { aoa: [['说明']] }, 附件1: { aoa: bad, merges } }),
      '调度表.xlsx',
    );
    expect(messages(result)).toEqual([
      '文件“调度表.xlsx”工作表“附件1”第 6 行 M 列（部门督查检查情况 · 责令停产整顿/关闭取缔（家））：必须是不小于 0 的整数',
    ]);
  });
});

describe('import errors name the file, the row and the column', () => {
  it('another annex’s file', async () => {
    const bytes = await exportXlsxBytes(layouts.annex2, data.annex2);
    const result = await readXlsx(layouts.annex1, bytes, '附件2.xlsx');
    expect(result.data).toBeNull();
    expect(messages(result)).toEqual([
      '文件“附件2.xlsx”不是附件1《安全生产隐患排查整治调度表》：找不到表头“月份”“企业自查自纠情况”“部门督查检查情况”“群众举报情况”',
    ]);
    const as4 = await readXlsx(
      layouts.annex4,
      await exportXlsxBytes(layouts.annex5, data.annex5),
      '月报表.xlsx',
    );
    expect(messages(as4)[0]).toMatch(
      /^文件“月报表.xlsx”不是附件4《晋城市重点行业领域有限空间作业场所统计表》：找不到表头“监管部门”“行业领域”/,
    );
  });

  it('text in a count column, and 已整改 more than 隐患', async () => {
    const l1 = layouts.annex1;
    const [may, june] = data.annex1.rows;
    let bad = setCell(data.annex1, june!.id, 'self-general', 'abc');
    bad = setCell(bad, may!.id, 'self-general-fixed', '40');
    const result = await readXlsx(l1, await exportXlsxBytes(l1, bad), '附件1.xlsx');
    expect(result.data).toBeNull();
    expect(messages(result)).toEqual([
      '文件“附件1.xlsx”第 5 行 D 列（企业自查自纠情况 · 一般隐患已整改（条））：不能大于一般隐患（条）',
      '文件“附件1.xlsx”第 6 行 C 列（企业自查自纠情况 · 一般隐患（条））：必须是不小于 0 的整数',
      '文件“附件1.xlsx”第 6 行 D 列（企业自查自纠情况 · 一般隐患已整改（条））：不能大于一般隐患（条）（截至6月累计：已整改 60，一般隐患 30）',
      '文件“附件1.xlsx”第 7 行 D 列（企业自查自纠情况 · 一般隐患已整改（条））：不能大于一般隐患（条）（截至7月累计：已整改 74，一般隐患 45）',
    ]);
  });

  it('money with three decimals, an enum value not in the list, a bad 填报日期', async () => {
    const r5 = await readXlsx(
      layouts.annex5,
      await exportXlsxBytes(
        layouts.annex5,
        setCell(data.annex5, data.annex5.rows[1]!.id, 'penalty-amount', '1.234'),
      ),
      'm.xlsx',
    );
    expect(messages(r5)).toEqual([
      '文件“m.xlsx”第 7 行 M 列（行政处罚情况 · 处罚金额（万元））：必须是不小于 0 的数，最多两位小数',
    ]);
    const r3 = await readXlsx(
      layouts.annex3,
      await exportXlsxBytes(layouts.annex3, setCell(data.annex3, data.annex3.rows[0]!.id, 'risk', '较高')),
      't.xlsx',
    );
    expect(messages(r3)).toEqual(['文件“t.xlsx”第 3 行 H 列（风险等级）：只能填高、中、低之一']);
    const r1 = await readXlsx(
      layouts.annex1,
      await exportXlsxBytes(layouts.annex1, setField(data.annex1, 'date', '2025-13-01')),
      'd.xlsx',
    );
    expect(messages(r1)).toEqual([
      '文件“d.xlsx”第 2 行 J 列（填报日期）：填报日期必须是日期，例如 2025-06-30',
    ]);
  });

  it('序号 must run 1, 2, 3 … (附件2)', () => {
    const header = leafColumns(layouts.annex2).map((c) => c.header);
    const row = (n: unknown) => [n, '2025-06-03', '县应急管理局', '某公司', '煤矿', '描述', '', '', ''];
    const result = matrixToAnnex(
      layouts.annex2,
      [['2025年重大事故隐患清单'], header, row(1), row(2), row(4), row('')],
      '清单.xlsx',
    );
    expect(result.data).toBeNull();
    expect(messages(result)).toEqual([
      '文件“清单.xlsx”第 5 行 A 列（序号）：序号应从 1 起连续编号，这一行应是 3，却是“4”',
      '文件“清单.xlsx”第 6 行 A 列（序号）：序号不能为空，这一行应是 4',
    ]);
  });

  it('a month before the campaign, a month twice, a word that is no month, no month at all', () => {
    const m = (label: string) => a1row(label, [1, 1, 1, 0, 0, 1, 1, 1]);
    const early = matrixToAnnex(l1, [...a1header, m('2025年4月'), m('5月')], '表.xlsx');
    expect(early.data).toBeNull();
    expect(messages(early)).toEqual([
      '文件“表.xlsx”第 3 行 A 列（月份）：2025年4月早于本表的第一个月2025年5月',
    ]);
    const twice = matrixToAnnex(l1, [...a1header, m('6月'), m('7月'), m('2025-06')], '表.xlsx');
    expect(messages(twice)).toEqual([
      '文件“表.xlsx”第 5 行 A 列（月份）：2025年6月在第 3 行已经有了，同一个月只能有一行',
    ]);
    const word = matrixToAnnex(l1, [...a1header, m('五月')], '表.xlsx');
    expect(messages(word)).toEqual([
      '文件“表.xlsx”第 3 行 A 列（月份）：“五月”不是月份，请写成“5月”“2026年1月”或“2025-06”',
    ]);
    const none = matrixToAnnex(l1, [...a1header], '表.xlsx');
    expect(messages(none)).toEqual(['文件“表.xlsx”：表格里没有月份行（本表的月份从2025年5月起，如“5月”）']);
  });

  it('附件4: a 行业领域 that is not in the table', () => {
    const header = [
      ['监管部门', '行业领域', '涉及企业单位（家）', '有限空间作业场所（处）', '有限空间风险等级'],
      [null, null, null, null, '高（处）', '中（处）', '低（处）'],
    ];
    const result = matrixToAnnex(
      layouts.annex4,
      [...header, ['应急管理局', '冶金', 1, 1, 1, 0, 0]],
      '统计表.xlsx',
    );
    expect(messages(result)).toEqual([
      '文件“统计表.xlsx”第 3 行 B 列（行业领域）：“冶金”不是本表的行业领域，应为“轻工（农副产品加工、食品制造、印染）”或“机械（高炉企业）”',
    ]);
  });

  it('bytes that are not a spreadsheet', async () => {
    const expected = ['文件“照片.xlsx”无法读取：不是 Excel 文件（.xlsx/.xls）'];
    expect(
      messages(await readXlsx(layouts.annex1, new TextEncoder().encode('hello, world'), '照片.xlsx')),
    ).toEqual(expected);
    expect(
      messages(
        await readXlsx(layouts.annex1, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), '照片.xlsx'),
      ),
    ).toEqual(expected);
    expect(
      messages(
        await readXlsx(
          layouts.annex1,
          new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]).buffer,
          '照片.xlsx',
        ),
      ),
    ).toEqual(expected);
    expect(messages(await readXlsx(layouts.annex1, new Uint8Array(), '照片.xlsx'))).toEqual(expected);
  });
});

describe('import helpers', () => {
  it('column letters as Excel shows them', () => {
    expect([0, 2, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'C',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('header texts compare without spaces, newlines, bracket width or dot style', () => {
    expect(normHeader(' 已整改\n(条) ')).toBe(normHeader('已整改（条）'));
    expect(normHeader('企业自查自纠情况 ・ 已整改（条）')).toBe(normHeader('企业自查自纠情况·已整改（条）'));
  });

  it('cell values → typed text', () => {
    expect(cellText(12, 'count')).toBe('12');
    expect(cellText(12.000000000001, 'count')).toBe('12');
    expect(cellText(0.1 + 0.2, 'money')).toBe('0.3');
    expect(cellText(12.5, 'money')).toBe('12.5');
    expect(cellText(45811, 'date')).toBe('2025-06-03');
    expect(cellText('  煤矿 ', 'text')).toBe('煤矿');
    expect(cellText("'=SUM(A1)", 'text')).toBe('=SUM(A1)');
    expect(cellText("'-3 天", 'text')).toBe('-3 天');
    expect(cellText("it's", 'text')).toBe("it's");
    expect(cellText(null, 'text')).toBe('');
  });

  it('dates from SheetJS (UTC midnight) and local-midnight dates give the same day', () => {
    expect(dateToYmd(new Date(Date.UTC(2025, 5, 3)))).toBe('2025-06-03');
    expect(dateToYmd(new Date(2025, 5, 3))).toBe('2025-06-03');
  });

  it('filled() fixtures build valid annexes', () => {
    const d = filled(layouts.annex2, { unit: 'x' }, [{ cells: { description: 'y' } }]);
    expect(d.fields.unit).toBe('x');
    expect(Object.keys(d.rows[0]!.cells)).toHaveLength(8);
  });
});

describe('the four import cases clerks’ files bring (issue 7)', () => {
  const l2 = layouts.annex2;
  const l3 = layouts.annex3;

  it('附件2 整改时限: dates stay date cells, words (立即整改, 限期30日) stay text, both read back', async () => {
    let d = data.annex2;
    const [first, second] = d.rows;
    d = setCell(d, first!.id, 'deadline', '立即整改');
    d = setCell(d, second!.id, 'deadline', '2025年7月15日');
    const bytes = await exportXlsxBytes(l2, d);
    const sheet = Object.values(XLSX.read(bytes, { type: 'array', cellDates: true }).Sheets)[0]!;
    expect(sheet.G3?.v).toBe('整改时限');
    expect(sheet.G4?.t).toBe('s');
    expect(sheet.G4?.v).toBe('立即整改');
    expect(sheet.G5?.t).toBe('d');
    expect(dateToYmd(sheet.G5?.v as Date)).toBe('2025-07-15');
    const back = await readXlsx(l2, bytes, '清单.xlsx');
    expect(messages(back)).toEqual([]);
    expect(back.data!.rows.slice(0, 2).map((r) => r.cells.deadline)).toEqual(['立即整改', '2025-07-15']);
  });

  it('附件2 整改时限 typed by hand: a date cell, a day number, 限期30日, 30 (a number, not 1900-01-30)', () => {
    const header = leafColumns(l2).map((c) => c.header);
    const row = (n: number, deadline: unknown) => [
      n,
      '2025-06-03',
      '县应急管理局',
      '某公司',
      '',
      '瓦斯超限',
      deadline,
    ];
    const result = matrixToAnnex(
      l2,
      [header, row(1, new Date(Date.UTC(2025, 5, 30))), row(2, 45838), row(3, '限期30日'), row(4, 30)],
      '清单.xlsx',
    );
    expect(messages(result)).toEqual([]);
    expect(result.data!.rows.map((r) => r.cells.deadline)).toEqual([
      '2025-06-30',
      '2025-06-30',
      '限期30日',
      '30',
    ]);
    const bad = matrixToAnnex(l2, [header, row(1, '2025-13-01')], '清单.xlsx');
    expect(messages(bad)).toEqual([
      '文件“清单.xlsx”第 2 行 G 列（整改时限）：必须是日期（例如 2025-06-30）或文字（例如 立即整改、限期30日）',
    ]);
  });

  it('附件3 风险等级: 高风险 / 中风险 / 低风险 read as 高 / 中 / 低, and the summary says so; other words keep the error', () => {
    const header = leafColumns(l3).map((c) => c.header);
    const row = (n: number, risk: string) => [n, `空间${n}`, '', 1, '', '', '自主作业', risk, ''];
    const result = matrixToAnnex(
      l3,
      [header, row(1, '高风险'), row(2, '低'), row(3, ' 中风险 '), row(4, '高风险')],
      '台账.xlsx',
    );
    expect(messages(result)).toEqual([]);
    expect(result.data!.rows.map((r) => r.cells.risk)).toEqual(['高', '低', '中', '高']);
    expect(result.notes).toEqual(['风险等级：3 行的“高风险”、“中风险”等按“高/中/低”读入']);
    const one = matrixToAnnex(l3, [header, row(1, '低风险')], '台账.xlsx');
    expect(one.notes).toEqual(['风险等级：1 行的“低风险”按“高/中/低”读入']);
    const plainFile = matrixToAnnex(l3, [header, row(1, '低')], '台账.xlsx');
    expect(plainFile.notes).toEqual([]);
    const bad = matrixToAnnex(l3, [header, row(1, '较大风险')], '台账.xlsx');
    expect(bad.data).toBeNull();
    expect(messages(bad)).toEqual(['文件“台账.xlsx”第 2 行 H 列（风险等级）：只能填高、中、低之一']);
  });

  it('附件3: 企业名称 from a ledger title, with or without （参考）, and the summary says so', async () => {
    const header = leafColumns(l3).map((c) => c.header);
    const body = [header, [1, '污水池', '', 1, '', '', '外包作业', '高', '']];
    const typed = matrixToAnnex(l3, [['某某有限公司有限空间管理台账'], ...body], '台账.xlsx');
    expect(messages(typed)).toEqual([]);
    expect(typed.data!.fields.enterprise).toBe('某某有限公司');
    expect(typed.notes).toEqual(['企业名称：从标题“某某有限公司有限空间管理台账”读入“某某有限公司”，请核对']);
    // The official title with its XX left in, or no name at all: nothing read, nothing said.
    for (const title of ['XX有限空间管理台账（参考）', '有限空间管理台账']) {
      const r = matrixToAnnex(l3, [[title], ...body], '台账.xlsx');
      expect(r.data!.fields.enterprise).toBe('');
      expect(r.notes).toEqual([]);
    }
    // A title that is some other table's is not read as a name.
    expect(
      matrixToAnnex(l3, [['有限空间作业场所统计表'], ...body], '台账.xlsx').data!.fields.enterprise,
    ).toBe('');
    // Our own export carries the name in the title.
    const ours = await readXlsx(l3, await exportXlsxBytes(l3, data.annex3), '导出.xlsx');
    expect(ours.data!.fields.enterprise).toBe(data.annex3.fields.enterprise);
    expect(ours.notes).toEqual([
      `企业名称：从标题“${data.annex3.fields.enterprise}有限空间管理台账（参考）”读入“${data.annex3.fields.enterprise}”，请核对`,
    ]);
  });

  it('a cell longer than Excel keeps (32,767 characters) is refused with file, row and column', async () => {
    const long = '隐'.repeat(32_768);
    const header = leafColumns(l2).map((c) => c.header);
    const result = matrixToAnnex(
      l2,
      [
        header,
        [1, '2025-06-03', '县应急管理局', '某公司', '', long],
        [2, '2025-06-03', '县局', '某公司', '', '短'],
      ],
      '清单.csv',
    );
    expect(result.data).toBeNull();
    expect(messages(result)).toEqual([
      '文件“清单.csv”第 2 行 F 列（问题隐患描述）：有 32768 个字符，超过 Excel 单元格上限 32767 个字符',
    ]);
    // Exactly the limit is fine.
    const fits = matrixToAnnex(
      l2,
      [header, [1, '2025-06-03', '县局', '某公司', '', '隐'.repeat(32_767)]],
      'x.csv',
    );
    expect(messages(fits)).toEqual([]);
    // A 填报 field too, through CSV bytes.
    const { parseCsv } = await import('../csv');
    const csv = `填报单位:${'县'.repeat(32_800)}\r\n${header.join(',')}\r\n1,2025-06-03,县局,某公司,,短\r\n`;
    const viaCsv = parseCsv(l2, new TextEncoder().encode(csv), '清单.csv');
    expect(viaCsv.data).toBeNull();
    expect(messages(viaCsv)).toEqual([
      '文件“清单.csv”第 1 行 A 列（填报单位）：填报单位有 32800 个字符，超过 Excel 单元格上限 32767 个字符',
    ]);
  });

  it('附件4 has no 填报单位 / 填报日期: a file with only 填表人 and 联系电话 below imports whole', async () => {
    const l4 = layouts.annex4;
    expect(l4.fields.map((f) => f.label)).toEqual(['填表人', '联系电话']);
    const header = [
      ['监管部门', '行业领域', '涉及企业单位（家）', '有限空间作业场所（处）', '有限空间风险等级'],
      [null, null, null, null, '高（处）', '中（处）', '低（处）'],
    ];
    const result = matrixToAnnex(
      l4,
      [
        ['晋城市重点行业领域有限空间作业场所统计表'],
        ...header,
        ['应急管理局', '轻工（农副产品加工、食品制造、印染）', 1, 2, 1, 1, 0],
        [null, '机械（高炉企业）', 3, 9, 2, 3, 4],
        ['合计', null, 4, 11, 3, 4, 4],
        ['备注：有限空间风险等级按照高、中、低3类填写。'],
        ['填表人：孙七', null, null, null, '联系电话：0356-7654321'],
      ],
      '统计表.xlsx',
    );
    expect(messages(result)).toEqual([]);
    expect(result.data!.fields).toEqual({ filler: '孙七', phone: '0356-7654321' });
    const back = await readXlsx(l4, await exportXlsxBytes(l4, data.annex4), '统计表.xlsx');
    expect(messages(back)).toEqual([]);
    expect(back.data!.fields).toEqual({ filler: '孙七', phone: '0356-7654321' });
  });
});

describe('a 附件1/附件5 file may hold any months of the campaign (issue 16)', () => {
  const june = [4, 6, 5, 1, 1, 2, 3, 1];
  const monthsOf = (r: ReturnType<typeof matrixToAnnex>) =>
    r.data!.rows.map((row, i) => [row.month, r.sourceRows![i]! >= 0 ? row.cells['self-general'] : '(空行)']);

  it('one month: 6月 alone fills 6月; the form’s 5月 is an empty row, and the summary says so', () => {
    const r = matrixToAnnex(l1, [['填报单位：甲镇'], ...a1header, a1row('6月', june)], '6月.xlsx');
    expect(messages(r)).toEqual([]);
    expect(monthsOf(r)).toEqual([
      ['2025-05', '(空行)'],
      ['2025-06', '6'],
    ]);
    expect(r.data!.rows[0]!.cells).toEqual(emptyAnnex(l1).rows[0]!.cells);
    expect(r.sourceRows).toEqual([-1, 3]);
    expect(r.notes).toEqual(['文件里只有6月的数字；5月导入后是空行']);
  });

  it('a later start and gaps, in any order: every month the file has, the ones between left empty', () => {
    const later = matrixToAnnex(l1, [...a1header, a1row('7月', [1, 2]), a1row('8月', [1, 3])], 'x.csv');
    expect(messages(later)).toEqual([]);
    expect(monthsOf(later)).toEqual([
      ['2025-05', '(空行)'],
      ['2025-06', '(空行)'],
      ['2025-07', '2'],
      ['2025-08', '3'],
    ]);
    expect(later.notes).toEqual(['文件里只有7月、8月的数字；5月、6月导入后是空行']);
    const gaps = matrixToAnnex(
      l1,
      [...a1header, a1row('9月', [1, 9]), a1row('5月', [1, 5]), a1row('2025年7月', [1, 7])],
      'x.csv',
    );
    expect(messages(gaps)).toEqual([]);
    expect(monthsOf(gaps)).toEqual([
      ['2025-05', '5'],
      ['2025-06', '(空行)'],
      ['2025-07', '7'],
      ['2025-08', '(空行)'],
      ['2025-09', '9'],
    ]);
    // Each month keeps its own spreadsheet row, whatever the order in the file.
    expect(gaps.sourceRows).toEqual([3, -1, 4, -1, 2]);
    // A whole table from 5月 reads as before: nothing said.
    const whole = matrixToAnnex(l1, [...a1header, a1row('5月', [1]), a1row('6月', [1])], 'x.csv');
    expect(whole.notes).toEqual([]);
    expect(whole.sourceRows).toEqual([2, 3]);
  });

  it('已整改 above 隐患 after a month the file lacks is said, not refused; within the months from 5月 it is an error', () => {
    // 6月: 一般隐患 2, 已整改 3 — hazards found in 5月 may be rectified in 6月.
    const alone = matrixToAnnex(l1, [...a1header, a1row('6月', [1, 2, 3])], '6月.xlsx');
    expect(messages(alone)).toEqual([]);
    expect(alone.unchecked).toEqual([
      '文件“6月.xlsx”第 3 行 D 列（企业自查自纠情况 · 一般隐患已整改（条））：不能大于一般隐患（条）（截至6月累计：已整改 3，一般隐患 2）。文件里没有5月的数字，已整改可能包括此前发现的隐患，没有算作错误，请核对',
    ]);
    expect(alone.notes).toContain(alone.unchecked![0]);
    // 5月 and 7月: 5月 is checked as always; 7月 comes after the missing 6月.
    const gap = matrixToAnnex(l1, [...a1header, a1row('5月', [1, 1, 2]), a1row('7月', [1, 0, 1])], '表.xlsx');
    expect(gap.data).toBeNull();
    expect(messages(gap)).toEqual([
      '文件“表.xlsx”第 3 行 D 列（企业自查自纠情况 · 一般隐患已整改（条））：不能大于一般隐患（条）',
    ]);
    // A cell that is no number stays an error in any month.
    const bad = matrixToAnnex(l1, [...a1header, a1row('6月', [1, 'x' as never])], '表.xlsx');
    expect(messages(bad)).toEqual([
      '文件“表.xlsx”第 3 行 C 列（企业自查自纠情况 · 一般隐患（条））：必须是不小于 0 的整数',
    ]);
  });

  it('the file’s own 累计 is checked against the months it holds', () => {
    const total = (values: number[]) => ['累计', ...values];
    const right = matrixToAnnex(
      l1,
      [...a1header, a1row('6月', [1, 2]), a1row('8月', [2, 3]), total([3, 5])],
      '表.xlsx',
    );
    expect(messages(right)).toEqual([]);
    expect(right.fileTotal!.cells['self-general']).toBe('5');
    expect(right.notes).toEqual(['文件里只有6月、8月的数字；5月、7月导入后是空行']);
    const wrong = matrixToAnnex(
      l1,
      [...a1header, a1row('6月', [1, 2]), a1row('8月', [2, 3]), total([3, 9])],
      '表.xlsx',
    );
    expect(wrong.notes).toEqual([
      '文件里只有6月、8月的数字；5月、7月导入后是空行',
      '第 5 行（累计）与文件里6月、8月之和不一致：企业自查自纠情况 · 一般隐患（条）写的是 9，各月相加是 5。导入后按各月重新计算，不用文件里的累计',
    ]);
  });

  it('附件5 the same way: our own export of 7月 alone reads back as 7月, 5月 and 6月 empty', async () => {
    const l5 = layouts.annex5;
    const only = { ...data.annex5, rows: data.annex5.rows.filter((r) => r.month === '2025-07') };
    expect(only.rows).toHaveLength(1);
    const r = await readXlsx(l5, await exportXlsxBytes(l5, only), '7月.xlsx');
    expect(messages(r)).toEqual([]);
    expect(r.data!.rows.map((x) => x.month)).toEqual(['2025-05', '2025-06', '2025-07']);
    expect(r.data!.rows[2]!.cells).toEqual(only.rows[0]!.cells);
    expect(r.data!.fields).toEqual(only.fields);
    expect(r.notes).toEqual(['文件里只有7月的数字；5月、6月导入后是空行']);
  });
});

describe('header lines as people write them (issue 16)', () => {
  const read = (top: unknown[][], bottom: unknown[][] = []) =>
    matrixToAnnex(
      l1,
      [['安全生产隐患排查整治调度表'], ...top, ...a1header, a1row('5月', [1]), ...bottom],
      '调度表.xlsx',
    );
  const fieldsOf = (top: unknown[][], bottom: unknown[][] = []) => {
    const r = read(top, bottom);
    expect(messages(r)).toEqual([]);
    return r.data!.fields;
  };

  it.each([
    ['填报单位（盖章）：泽州县甲镇', '泽州县甲镇'],
    ['填报单位(盖章):泽州县乙镇', '泽州县乙镇'],
    ['填报单位：泽州县丙镇（盖章）', '泽州县丙镇'],
    ['填报单位:泽州县丁镇(盖章)', '泽州县丁镇'],
    ['填 报 单 位 （ 盖 章 ） ： 泽州县戊镇', '泽州县戊镇'],
    ['填报单位（公章）：泽州县己镇', '泽州县己镇'],
  ])('%s → %s', (line, unit) => {
    expect(fieldsOf([[line, null, null, null, null, null, null, '填报日期：2025年6月20日']]).unit).toBe(unit);
  });

  it('label and value in cells of their own: （盖章） beside the label, or alone in a cell, is passed over', () => {
    expect(fieldsOf([['填报单位（盖章）：', '泽州县甲镇', '填报日期:', '2025/6/20']])).toMatchObject({
      unit: '泽州县甲镇',
      date: '2025-06-20',
    });
    expect(fieldsOf([['填报单位', '（盖章）', '泽州县乙镇']]).unit).toBe('泽州县乙镇');
    expect(fieldsOf([['填报单位（盖章）', '泽州县丙镇（盖章）']]).unit).toBe('泽州县丙镇');
    // Two labels in one cell, half-width colons, 盖章 after the first value.
    expect(fieldsOf([['填报单位:泽州县丁镇(盖章)   填报日期:2025-06-21']])).toMatchObject({
      unit: '泽州县丁镇',
      date: '2025-06-21',
    });
    // 填报人（签字）： below the table is a field line, not a table row.
    expect(
      fieldsOf([['填报单位：甲镇']], [['填报人（签字）：王五', null, null, '联系电话:13900000000']]),
    ).toMatchObject({
      filler: '王五',
      phone: '13900000000',
    });
    // A label with nothing after it but （盖章） leaves the field empty, never "（盖章）".
    expect(fieldsOf([['填报单位：（盖章）']]).unit).toBe('');
  });

  it('a date cell without its label, where 填报日期 would be, is read as 填报日期 and said so', () => {
    const r = read([['填报单位：泽州县甲镇', null, null, null, null, null, null, '2025年6月20日']]);
    expect(messages(r)).toEqual([]);
    expect(r.data!.fields).toMatchObject({ unit: '泽州县甲镇', date: '2025-06-20' });
    expect(r.notes).toEqual([
      '填报日期：第 2 行 H 列的“2025年6月20日”前面没有写“填报日期”，按填报日期读入，请核对',
    ]);
    // A real date cell (Excel's) in a line of its own.
    const cell = read([['填报单位：泽州县乙镇'], [null, null, null, null, new Date(Date.UTC(2025, 5, 21))]]);
    expect(cell.data!.fields.date).toBe('2025-06-21');
    // A date beside 填报单位's value cell is not taken as the unit.
    const beside = read([['填报单位：', null, '2025-06-22']]);
    expect(beside.data!.fields).toMatchObject({ unit: '', date: '2025-06-22' });
    // Two bare dates: no guess.
    const two = read([['填报单位：丙镇', '2025年6月20日', null, '2025年6月25日']]);
    expect(two.data!.fields.date).toBe('');
    expect(two.notes).toEqual([]);
    // A labelled date wins; a bare date elsewhere is left alone.
    const labelled = read([['填报单位：丁镇', '填报日期：2025年6月30日', '2025年6月20日']]);
    expect(labelled.data!.fields.date).toBe('2025-06-30');
    expect(labelled.notes).toEqual([]);
  });
});
