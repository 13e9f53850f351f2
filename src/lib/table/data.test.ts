import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addRow,
  addRowLabel,
  canRemoveRow,
  emptyAnnex,
  isEmptyAnnex,
  removeRow,
  rowLabel,
  rowName,
  setCell,
  setField,
  totalLabel,
  totals,
} from './data';
import { loadLayoutsFromFiles } from './load-layouts-node';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));

describe('months (附件1/5)', () => {
  const l = layouts.annex1;
  it('start with the first month, add the next, remove only the last', () => {
    let d = emptyAnnex(l);
    expect(d.rows.map((r) => r.month)).toEqual(['2025-05']);
    expect(addRowLabel(l, d)).toBe('添加 6月');
    d = addRow(l, addRow(l, d));
    expect(d.rows.map((r) => rowLabel(l, d, d.rows.indexOf(r)))).toEqual(['5月', '6月', '7月']);
    expect(canRemoveRow(l, d, d.rows[1]!.id)).toBe(false);
    expect(removeRow(l, d, d.rows[1]!.id)).toBe(d);
    expect(removeRow(l, d, d.rows[2]!.id).rows).toHaveLength(2);
    expect(totalLabel(l)).toBe('累计');
  });
  it('累计 sums the numbers that parse', () => {
    let d = addRow(l, emptyAnnex(l));
    d = setCell(d, d.rows[0]!.id, 'self-general', '3');
    d = setCell(d, d.rows[1]!.id, 'self-general', '４');
    d = setCell(d, d.rows[1]!.id, 'self-major', 'x');
    expect(totals(l, d.rows)).toMatchObject({ 'self-general': '7', 'self-major': '0' });
  });
});

describe('free rows (附件2/3) and fixed rows (附件4)', () => {
  it('free rows are numbered, named 第 n 行, removable while one is left', () => {
    const l = layouts.annex2;
    let d = emptyAnnex(l);
    expect(canRemoveRow(l, d, d.rows[0]!.id)).toBe(false);
    d = addRow(l, d);
    expect(addRowLabel(l, d)).toBe('添加一行');
    expect([rowLabel(l, d, 1), rowName(l, d, 1)]).toEqual(['2', '第 2 行']);
    expect(canRemoveRow(l, d, d.rows[0]!.id)).toBe(true);
    expect(totalLabel(l)).toBeNull();
  });
  it('fixed rows never grow or shrink', () => {
    const l = layouts.annex4;
    const d = emptyAnnex(l);
    expect(d.rows.map((r) => r.label)).toEqual(['轻工（农副产品加工、食品制造、印染）', '机械（高炉企业）']);
    expect(addRow(l, d)).toBe(d);
    expect(addRowLabel(l, d)).toBeNull();
    expect(canRemoveRow(l, d, d.rows[0]!.id)).toBe(false);
    expect(totalLabel(l)).toBe('合计');
  });
  it('isEmptyAnnex until anything is typed', () => {
    const d = emptyAnnex(layouts.annex3);
    expect(isEmptyAnnex(d)).toBe(true);
    expect(isEmptyAnnex(setField(d, 'enterprise', ' '))).toBe(true);
    expect(isEmptyAnnex(setField(d, 'enterprise', '某公司'))).toBe(false);
  });
});
