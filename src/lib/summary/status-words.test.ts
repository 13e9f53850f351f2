import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLayoutsFromFiles } from '../table/load-layouts-node';
import { buildSummary, summarySourcesSheet } from './combine';
import type { ReceivedFile } from './received';
import {
  chooseWholeFile,
  duplicateUnits,
  fileStatusWords,
  monthStatusWords,
  wholeFileChosen,
} from './status-words';

const { annex1, annex2 } = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));

/** A 附件1 file read without problems: its 填报单位, 填报日期 and the months it fills (自查企业 only). */
function file(id: string, fileName: string, unit: string, date: string, months: string[]): ReceivedFile {
  return {
    id,
    fileName,
    source: 'annex',
    unit,
    unitFromFileName: false,
    date,
    sheet: '',
    months: months.map((month, i) => ({ month, row: 5 + i, cells: { 'self-enterprises': '2' } })),
    rows: [],
    problems: [],
    other: null,
    notices: [],
  };
}
const a = file('f1', '4a.xlsx', '甲镇', '2025-07-01', ['2025-05', '2025-06', '2025-07']);
const b = file('f2', '4b.xlsx', '甲镇', '2025-07-20', ['2025-06', '2025-07']);
const c = file('f3', '乙镇.xlsx', '乙镇', '2025-07-02', ['2025-05']);
const outcome = (r: ReturnType<typeof buildSummary>, id: string) => r.files.find((o) => o.file.id === id)!;

describe('是否计入 words per 来源文件 row', () => {
  it('by default the later 填报日期 counts: the other file’s shared months read 未计入（重复，计入 4b.xlsx）', () => {
    const r = buildSummary(annex1, [a, b, c]);
    expect(monthStatusWords(r, outcome(r, 'f1'), '2025-05')).toBe('计入');
    expect(monthStatusWords(r, outcome(r, 'f1'), '2025-06')).toBe('未计入（重复，计入 4b.xlsx）');
    expect(monthStatusWords(r, outcome(r, 'f2'), '2025-06')).toBe(
      '计入（与 4a.xlsx 重复，按填报日期较晚计入这一个）',
    );
    expect(monthStatusWords(r, outcome(r, 'f3'), '2025-05')).toBe('计入');
    expect(fileStatusWords(r, outcome(r, 'f1'), 2025)).toBe(
      '部分计入（5月计入；6月、7月重复，计入 4b.xlsx）',
    );
    expect(fileStatusWords(r, outcome(r, 'f2'), 2025)).toBe('计入');
  });

  it('a row not counted never says 已选择计入这一个 or 部分计入', () => {
    const r = buildSummary(annex1, [a, b], { '甲镇|2025-06': 'f1' });
    const sheet = summarySourcesSheet(annex1, r);
    const col = sheet.columns.findIndex((x) => x.key === 'src-status');
    const monthCol = sheet.columns.findIndex((x) => x.key === 'src-month');
    const fileCol = sheet.columns.findIndex((x) => x.key === 'src-file');
    const words = sheet.rows
      .slice(sheet.dataStart, sheet.dataEnd + 1)
      .map((row) => `${row[fileCol]!.value} ${row[monthCol]!.value} ${row[col]!.value}`);
    expect(words).toEqual([
      '4a.xlsx 5月 计入',
      '4a.xlsx 6月 计入（与 4b.xlsx 重复，已选择计入这一个）',
      '4a.xlsx 7月 未计入（重复，计入 4b.xlsx）',
      '4b.xlsx 6月 未计入（重复，计入 4a.xlsx）',
      '4b.xlsx 7月 计入（与 4a.xlsx 重复，按填报日期较晚计入这一个）',
    ]);
    for (const w of words.filter((x) => x.includes('未计入'))) {
      expect(w).not.toContain('已选择计入这一个');
      expect(w).not.toContain('部分计入');
    }
  });

  it('same date: nothing counts until chosen; 都不计入 is said as chosen', () => {
    const same = { ...b, date: a.date };
    const r = buildSummary(annex1, [a, same]);
    expect(monthStatusWords(r, outcome(r, 'f2'), '2025-06')).toBe('未计入（重复，尚未选择计入哪一个）');
    expect(fileStatusWords(r, outcome(r, 'f2'), 2025)).toBe('未计入（6月、7月重复，尚未选择计入哪一个）');
    const none = buildSummary(annex1, [a, same], { '甲镇|2025-06': '' });
    expect(monthStatusWords(none, outcome(none, 'f1'), '2025-06')).toBe('未计入（重复，已选择都不计入）');
  });

  it('files left out whole say why in a word', () => {
    const bad = { ...file('f4', '错.xlsx', '丙镇', '', ['2025-05']), problems: ['第 6 行 D 列…'] };
    const other = { ...file('f5', '附件5.xlsx', '丁镇', '', []), other: '是附件5' };
    const r = buildSummary(annex1, [bad, other]);
    expect(fileStatusWords(r, outcome(r, 'f4'))).toBe('未计入（有错误，见“问题”列；改正后重新加入）');
    expect(fileStatusWords(r, outcome(r, 'f5'))).toBe('未计入（不是本表）');
    const sheet = summarySourcesSheet(annex1, r);
    const col = sheet.columns.findIndex((x) => x.key === 'src-status');
    expect(sheet.rows.slice(sheet.dataStart, sheet.dataEnd + 1).map((row) => row[col]!.value)).toEqual([
      '未计入（有错误，见“问题”列；改正后重新加入）',
      '未计入（不是本表）',
    ]);
  });

  it('附件2: a whole file, 计入 or 未计入（重复，计入 …）', () => {
    const row = (id: string, name: string, date: string): ReceivedFile => ({
      ...file(id, name, '甲镇', date, []),
      rows: [{ row: 4, cells: { place: '料仓' } }],
    });
    const r = buildSummary(annex2, [row('f1', 'x.xlsx', '2025-07-01'), row('f2', 'y.xlsx', '2025-07-05')]);
    expect(fileStatusWords(r, outcome(r, 'f1'))).toBe('未计入（重复，计入 y.xlsx）');
    expect(fileStatusWords(r, outcome(r, 'f2'))).toBe('计入（与 x.xlsx 重复，按填报日期较晚计入这一个）');
  });
});

describe('整份文件计入这一个', () => {
  it('gathers a 填报单位’s month groups and chooses one file for all of them', () => {
    const r = buildSummary(annex1, [a, b, c]);
    const units = duplicateUnits(r);
    expect(units.map((u) => [u.unit, u.files, u.groups.map((g) => g.month)])).toEqual([
      ['甲镇', ['f1', 'f2'], ['2025-06', '2025-07']],
    ]);
    expect(wholeFileChosen(units[0]!, 'f2')).toBe(true);
    expect(wholeFileChosen(units[0]!, 'f1')).toBe(false);
    const choices = chooseWholeFile(r.groups, 'f1', { other: 'x' });
    expect(choices).toEqual({ other: 'x', '甲镇|2025-06': 'f1', '甲镇|2025-07': 'f1' });
    const after = buildSummary(annex1, [a, b, c], choices);
    expect(outcome(after, 'f1').status).toBe('included');
    expect(outcome(after, 'f2').status).toBe('duplicate');
    expect(fileStatusWords(after, outcome(after, 'f2'), 2025)).toBe('未计入（6月、7月重复，计入 4a.xlsx）');
    expect(wholeFileChosen(duplicateUnits(after)[0]!, 'f1')).toBe(true);
  });
});
