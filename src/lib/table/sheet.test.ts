import { describe, expect, it } from 'vitest';
import { hazards } from './fixtures/tables';
import { flatHeaders, tableSheet } from './sheet';

describe('tableSheet: any table as a sheet', () => {
  const model = tableSheet({
    name: '隐患',
    title: '自查隐患清单',
    table: hazards,
    above: [['单位：某公司', '日期：2025-06-30']],
    rows: [
      { no: '1', place: '料仓', found: '2025/6/3', cost: '1.5', people: '2' },
      { no: '2', place: '=危险', found: '不详', cost: '', people: 'x' },
    ],
    total: { label: '合计', values: { cost: '1.50', people: '2' } },
    notes: ['备注：示例。'],
    below: [['填表人：张三']],
  });

  it('title, field line, two header rows, rows, total, notes, line below', () => {
    expect(model.rows.map((r) => r[0]!.kind)).toEqual([
      'title',
      'field',
      'header',
      'header',
      'label',
      'label',
      'total',
      'field',
      'note',
    ]);
    expect(model.rows[1]![0]!.value).toBe('单位：某公司');
    expect(model.rows[1]![3]!.value).toBe('日期：2025-06-30');
    expect([model.headerStart, model.headerRows, model.frozenRows, model.dataStart, model.dataEnd]).toEqual([
      2, 2, 4, 4, 6,
    ]);
  });

  it('each cell by its column codec: numbers, money, dates, text kept as typed', () => {
    const [first, second] = [model.rows[4]!, model.rows[5]!];
    expect(first.map((c) => c.value)).toEqual([1, '料仓', '2025-06-03', 1.5, 2]);
    expect(first[2]!.date && first[3]!.money).toBe(true);
    expect(second.map((c) => c.value)).toEqual([2, '=危险', '不详', null, 'x']);
    expect(model.rows[6]!.map((c) => c.value)).toEqual(['合计', null, null, 1.5, 2]);
  });

  it('merges: title and lines across, the group over its columns, 序号/部位 down both header rows', () => {
    expect(model.merges).toContainEqual({ row: 0, col: 0, rowSpan: 1, colSpan: 5 });
    expect(model.merges).toContainEqual({ row: 1, col: 0, rowSpan: 1, colSpan: 3 });
    expect(model.merges).toContainEqual({ row: 1, col: 3, rowSpan: 1, colSpan: 2 });
    expect(model.merges).toContainEqual({ row: 2, col: 2, rowSpan: 1, colSpan: 3 });
    expect(model.merges).toContainEqual({ row: 2, col: 0, rowSpan: 2, colSpan: 1 });
  });

  it('columns carry their type and a unique one-line name for CSV', () => {
    expect(model.columns.map((c) => c.name)).toEqual(flatHeaders(hazards));
    expect(model.columns[3]).toEqual({ key: 'cost', type: 'money', name: '整改情况·整改资金（万元）' });
  });

  it('spanDown merges a column over every data row', () => {
    const m = tableSheet({
      name: 's',
      title: 't',
      table: hazards,
      rows: [{ place: 'A' }, {}, {}],
      spanDown: ['place'],
    });
    expect(m.merges).toContainEqual({ row: m.dataStart, col: 1, rowSpan: 3, colSpan: 1 });
  });
});
