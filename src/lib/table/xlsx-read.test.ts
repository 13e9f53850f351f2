import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { findTables } from './import';
import { readTables } from './import/file';
import { hazards } from './fixtures/tables';
import { tableSheet } from './sheet';
import { looksLikeSpreadsheet, readWorkbook } from './xlsx-read';
import { workbookBytes } from './xlsx-write';

describe('readWorkbook: every sheet as a matrix', () => {
  it('gives sheets in order, dates as UTC-midnight Dates, merged cells only in their top-left', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['标题', null],
      [45811, 'x'],
    ]);
    ws.A2!.z = 'yyyy-mm-dd';
    ws['!merges'] = [XLSX.utils.decode_range('A1:B1')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['空']]), '说明');
    XLSX.utils.book_append_sheet(wb, ws, '数据');
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx', cellDates: false }) as ArrayBuffer,
    );
    const read = await readWorkbook(bytes, 'a.xlsx');
    if ('error' in read) throw new Error(read.error);
    expect(read.sheets.map((s) => s.name)).toEqual(['说明', '数据']);
    const m = read.sheets[1]!.matrix;
    expect(m[0]).toEqual(['标题', null]);
    expect((m[1]![0] as Date).toISOString()).toBe('2025-06-03T00:00:00.000Z');
  });

  it('names the file when the bytes are not a spreadsheet', async () => {
    expect(looksLikeSpreadsheet(new TextEncoder().encode('<table><tr><td>1'))).toBe(true);
    expect(await readWorkbook(new TextEncoder().encode('hello'), 'x.xlsx')).toEqual({
      error: '文件“x.xlsx”无法读取：不是 Excel 文件（.xlsx/.xls）',
    });
  });
});

describe('findTables / readTables: the tables of a file, sheet by sheet, for any table description', () => {
  it('finds the table on each sheet that has it, stops at 合计, reads cells by their codecs', async () => {
    const rows = [
      { no: '1', place: '料仓', found: '2025-06-03', cost: '2.50', people: '3' },
      { no: '2', place: '煤气柜', found: '', cost: '', people: '' },
    ];
    const bytes = await workbookBytes([
      tableSheet({
        name: '一月',
        title: '清单',
        table: hazards,
        rows,
        total: { label: '合计', values: { cost: '2.5' } },
      }),
      tableSheet({
        name: '封面',
        title: '封面',
        table: { columns: hazards.columns.slice(0, 1), header: [{ column: 'no' }] },
        rows: [],
      }),
      tableSheet({ name: '二月', title: '清单', table: hazards, rows: rows.slice(1) }),
    ]);
    const read = await readTables(bytes, 'f.xlsx', hazards);
    if ('error' in read) throw new Error(read.error);
    expect(read.tables.map((t) => t.sheet)).toEqual(['一月', '二月']);
    const [jan, feb] = read.tables;
    expect(jan!.rows.map((r) => r.cells)).toEqual([
      { no: '1', place: '料仓', found: '2025-06-03', cost: '2.5', people: '3' },
      { no: '2', place: '煤气柜', found: '', cost: '', people: '' },
    ]);
    expect(jan!.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(jan!.totalRow).toBe(5);
    expect(feb!.rows).toHaveLength(1);
  });

  it('a plain matrix with a one-row "group·leaf" header (CSV) works too', () => {
    const matrix = [
      ['序号', '部位', '整改情况·发现日期', '整改情况·整改资金（万元）', '整改情况·人数'],
      ['1', '料仓', '2025/6/3', '1', '2'],
    ];
    const [t] = findTables([{ name: 'x.csv', matrix }], hazards);
    expect(t!.rows[0]!.cells).toEqual({ no: '1', place: '料仓', found: '2025/6/3', cost: '1', people: '2' });
    expect(findTables([{ name: 'y', matrix: [['别的表']] }], hazards)).toEqual([]);
  });
});
