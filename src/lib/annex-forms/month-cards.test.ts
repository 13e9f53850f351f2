import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRow, emptyAnnex, setCell } from '../table/data';
import { loadLayoutsFromFiles } from '../table/load-layouts-node';
import { campaignMonths, foldedByDefault, keyFigures, monthChoices, withMonth } from './month-cards';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));
const months = (l: typeof layouts.annex1) => (l.rows.kind === 'months' ? l.rows : null)!;

describe('the campaign’s months', () => {
  it('附件1 runs 5月–12月, 附件5 5月–10月', () => {
    expect(campaignMonths(months(layouts.annex1))).toEqual(
      '2025-05 2025-06 2025-07 2025-08 2025-09 2025-10 2025-11 2025-12'.split(' '),
    );
    expect(campaignMonths(months(layouts.annex5)).at(-1)).toBe('2025-10');
  });
  it('without a last month, a year from the first', () => {
    const m = { ...months(layouts.annex1), lastMonth: undefined };
    expect(campaignMonths(m)).toHaveLength(12);
    expect(campaignMonths(m).at(-1)).toBe('2026-04');
  });
  it('the picker lists them, with the rows already there', () => {
    const d = addRow(layouts.annex5, emptyAnnex(layouts.annex5));
    const choices = monthChoices(layouts.annex5, d);
    expect(choices.map((c) => c.label)).toEqual(['5月', '6月', '7月', '8月', '9月', '10月']);
    expect(choices.filter((c) => c.rowId).map((c) => c.rowId)).toEqual(d.rows.map((r) => r.id));
    expect(monthChoices(layouts.annex2, emptyAnnex(layouts.annex2))).toEqual([]);
  });
  it('a month past the campaign the form already has is listed too', () => {
    let d = emptyAnnex(layouts.annex5);
    d = withMonth(layouts.annex5, d, '2025-11').data;
    expect(monthChoices(layouts.annex5, d).at(-1)).toMatchObject({ label: '11月', month: '2025-11' });
  });
});

describe('adding a chosen month', () => {
  it('adds the months up to it, so months stay continuous', () => {
    const d = emptyAnnex(layouts.annex1);
    const { data, rowId } = withMonth(layouts.annex1, d, '2025-08');
    expect(data.rows.map((r) => r.month)).toEqual(['2025-05', '2025-06', '2025-07', '2025-08']);
    expect(rowId).toBe(data.rows[3]!.id);
  });
  it('a month already there changes nothing; one before the first month is refused', () => {
    const d = addRow(layouts.annex1, emptyAnnex(layouts.annex1));
    expect(withMonth(layouts.annex1, d, '2025-05')).toEqual({ data: d, rowId: d.rows[0]!.id });
    expect(withMonth(layouts.annex1, d, '2025-04')).toEqual({ data: d, rowId: null });
    expect(withMonth(layouts.annex2, emptyAnnex(layouts.annex2), '2025-06').rowId).toBeNull();
  });
});

describe('folded months and their key figures', () => {
  it('months with something typed fold, except the last one and any with an error', () => {
    let d = withMonth(layouts.annex5, emptyAnnex(layouts.annex5), '2025-07').data;
    d = setCell(d, d.rows[0]!.id, 'self-general', '3');
    d = setCell(d, d.rows[2]!.id, 'self-general', '1');
    const none = () => false;
    expect(d.rows.map((_, i) => foldedByDefault(layouts.annex5, d, i, none))).toEqual([true, false, false]);
    expect(foldedByDefault(layouts.annex5, d, 0, (id) => id === d.rows[0]!.id)).toBe(false);
  });
  it('key figures name each number with its group and unit', () => {
    expect(
      keyFigures(layouts.annex1, {
        'self-enterprises': '12',
        'self-general': '30',
        'self-general-fixed': '25',
        'dept-major': 'x',
        'public-general': '2',
      }),
    ).toBe('企业自查自纠情况：自查企业 12家、一般隐患 30条、已整改 25条；群众举报情况：举报一般隐患 2条');
    expect(keyFigures(layouts.annex5, { 'penalty-amount': '1.5' })).toBe('行政处罚情况：处罚金额 1.5万元');
    expect(keyFigures(layouts.annex5, {})).toBe('未填写');
  });
});
