import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvBytes, decodeCsvBytes, neutralise, parseCsv, toCsv } from './csv';
import { type AnnexData, setCell } from './data';
import { samples } from './fixtures/samples';
import { flatHeaders, matrixToAnnex } from './import';
import { leafColumns, columnGroups } from './layout';
import { loadLayoutsFromFiles } from './load-layouts-node';
import { exportXlsxBytes } from './xlsx-write';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));
const data = samples(layouts);
const ids = ['annex1', 'annex2', 'annex3', 'annex4', 'annex5'] as const;
const rowsOf = (d: AnnexData | null) => d?.rows.map(({ id: _id, ...rest }) => rest);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('toCsv', () => {
  it('附件1: one header line with group-prefixed names, a line per month, then 累计', () => {
    const lines = toCsv(layouts.annex1, data.annex1).split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 6)).toEqual([
      '月份',
      '企业自查自纠情况·自查企业（家）',
      '企业自查自纠情况·一般隐患（条）',
      '企业自查自纠情况·一般隐患已整改（条）',
      '企业自查自纠情况·重大隐患（条）',
      '企业自查自纠情况·重大隐患已整改（条）',
    ]);
    expect(header).toContain('部门督查检查情况·责令停产整顿/关闭取缔（家）');
    expect(header.slice(-2)).toEqual([
      '群众举报情况·举报重大隐患（条）',
      '群众举报情况·举报重大隐患已整改（条）',
    ]);
    expect(new Set(header).size).toBe(header.length);
    expect(lines[1]).toBe('5月,12,30,25,2,1,6,18,15,1,0,1,2,0,4,3,1,1');
    expect(lines[4]).toBe('累计,30,65,59,3,2,18,37,36,3,2,1,3,1,9,6,2,1');
    expect(lines).toHaveLength(5);
  });

  it('附件4: 监管部门 on every line, 合计 under the labels; 附件5 money normalised', () => {
    const lines4 = toCsv(layouts.annex4, data.annex4).split('\r\n');
    expect(lines4[0]).toBe(
      '监管部门,行业领域,涉及企业单位（家）,有限空间作业场所（处）,有限空间风险等级·高（处）,有限空间风险等级·中（处）,有限空间风险等级·低（处）',
    );
    expect(lines4[1]).toBe('应急管理局,轻工（农副产品加工、食品制造、印染）,14,37,5,12,20');
    expect(lines4[3]).toBe('合计,,17,46,7,15,24');
    const typed = setCell(
      setCell(data.annex5, data.annex5.rows[0]!.id, 'penalty-amount', '１２.５０'),
      data.annex5.rows[0]!.id,
      'self-general',
      '0012',
    );
    const line5 = toCsv(layouts.annex5, typed).split('\r\n')[1]!.split(',');
    expect(line5[2]).toBe('12');
    expect(line5[12]).toBe('12.5');
    expect(toCsv(layouts.annex5, data.annex5).split('\r\n')[4]!.split(',')[12]).toBe('15.55');
  });

  it('附件5 names carry both group levels', () => {
    expect(flatHeaders(layouts.annex5).slice(4, 6)).toEqual([
      '培训情况·部门组织·参训企业数',
      '培训情况·部门组织·参训人数',
    ]);
  });

  it('a one-row header of plain "group · leaf" names is also read, repeated names by their order', () => {
    const plain = leafColumns(layouts.annex1).map((c) =>
      [...columnGroups(layouts.annex1, c.key), c.header].join(' · '),
    );
    expect(plain[3]).toBe('企业自查自纠情况 · 已整改（条）');
    const result = matrixToAnnex(
      layouts.annex1,
      [plain, ['5月', 1, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
      'x.csv',
    );
    expect(result.errors).toEqual([]);
    expect(result.data!.rows[0]!.cells).toMatchObject({
      'self-general': '2',
      'self-general-fixed': '1',
      'self-major': '1',
      'self-major-fixed': '0',
    });
  });

  it('RFC 4180 quoting; text a spreadsheet would run as a formula starts with an apostrophe', () => {
    const csv = toCsv(layouts.annex2, data.annex2);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(
      `1,2025-06-03,县应急管理局,"某某煤业有限公司, 二号井",煤矿,"井下""局部通风机""停运，\n回风巷瓦斯浓度超限",2025-06-30,'-3 天,'=SUM(A1)`,
    );
    expect(csv).toContain(`,'@复查`);
    expect(csv).toContain(`,'+1 处配电箱未接地,`);
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', "'=1", 'a=1', '1'].map(neutralise)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      "'\rx",
      "''=1",
      'a=1',
      '1',
    ]);
  });

  it('csvBytes: UTF-8 with BOM', () => {
    const bytes = csvBytes('月份\r\n5月');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeCsvBytes(bytes)).toBe('月份\r\n5月');
  });
});

describe('decodeCsvBytes', () => {
  it('GBK bytes (Excel on Chinese Windows) decode as GB18030; UTF-8 without BOM stays UTF-8', () => {
    // 月份 in GBK: D4C2 B7DD (`echo -n 月份 | iconv -t GB18030 | xxd`).
    expect(decodeCsvBytes(new Uint8Array([0xd4, 0xc2, 0xb7, 0xdd]))).toBe('月份');
    expect(decodeCsvBytes(utf8('月份,5月'))).toBe('月份,5月');
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x08, 0x67, 0xfd, 0x4e]))).toBe('月份');
    // Node 24 ships full ICU, so TextDecoder knows gb18030 (browsers always do).
    expect(new TextDecoder('gb18030').encoding).toBe('gb18030');
  });
});

describe('CSV export → import', () => {
  it.each(ids)('%s in UTF-8 with BOM: every row and cell (the CSV carries no 填报 fields)', (id) => {
    const result = parseCsv(layouts[id], csvBytes(toCsv(layouts[id], data[id])), `${id}.csv`);
    expect(result.errors).toEqual([]);
    expect(rowsOf(result.data)).toEqual(rowsOf(data[id]));
    expect(Object.values(result.data!.fields).every((v) => v === '')).toBe(true);
  });

  it('UTF-8 without BOM', () => {
    const result = parseCsv(layouts.annex2, utf8(toCsv(layouts.annex2, data.annex2)), '附件2.csv');
    expect(rowsOf(result.data)).toEqual(rowsOf(data.annex2));
    expect(result.data!.rows[0]!.cells.remark).toBe('=SUM(A1)');
  });

  it('GB18030 file saved by Excel: dates as displayed, no group prefix needed for a one-row header', () => {
    const bytes = readFileSync(path.join(__dirname, 'fixtures/annex2-gbk.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = parseCsv(layouts.annex2, bytes, 'annex2-gbk.csv');
    expect(result.errors).toEqual([]);
    expect(rowsOf(result.data)).toEqual([
      {
        cells: {
          'check-date': '2025/6/3',
          inspector: '县应急管理局',
          inspected: '某某煤业有限公司',
          industry: '煤矿',
          description: '井下局部通风机停运，回风巷瓦斯浓度超限',
          deadline: '2025/6/30',
          progress: '已整改',
          remark: '',
        },
      },
      {
        cells: {
          'check-date': '2025/6/18',
          inspector: '市应急管理局',
          inspected: '某食品有限公司',
          industry: '轻工',
          description: '污水池有限空间未设置警示标志',
          deadline: '2025/7/5',
          progress: '整改中',
          remark: '复查',
        },
      },
    ]);
  });

  it('errors name the CSV line and the column letter Excel shows', () => {
    const bad = setCell(data.annex1, data.annex1.rows[1]!.id, 'dept-exposed', '-3');
    const result = parseCsv(layouts.annex1, csvBytes(toCsv(layouts.annex1, bad)), '附件1.csv');
    expect(result.data).toBeNull();
    expect(result.errors.map((e) => e.message)).toEqual([
      '文件“附件1.csv”第 3 行 M 列（部门督查检查情况 · 曝光/约谈/联合惩戒企业（家））：必须是不小于 0 的整数',
    ]);
  });

  it('a CSV of another annex, and an .xlsx opened as CSV', async () => {
    const other = parseCsv(layouts.annex3, csvBytes(toCsv(layouts.annex2, data.annex2)), '清单.csv');
    expect(other.errors.map((e) => e.message)[0]).toMatch(
      /^文件“清单.csv”不是附件3《XX有限空间管理台账（参考）》：找不到表头“有限空间名称”/,
    );
    const xlsx = parseCsv(layouts.annex1, await exportXlsxBytes(layouts.annex1, data.annex1), '附件1.csv');
    expect(xlsx.errors.map((e) => e.message)).toEqual(['文件“附件1.csv”无法读取：不是 CSV 文本文件']);
  });
});
