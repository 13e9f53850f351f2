import { describe, expect, it } from 'vitest';
import { cellProblem, codecs, isNumeric } from './codecs';

describe('one codec per column type', () => {
  it('count: whole numbers ≥ 0, full-width digits and thousands commas accepted', () => {
    expect(codecs.count.problem('１２', {})).toBeNull();
    expect(codecs.count.problem('1,200', {})).toBeNull();
    expect(codecs.count.problem('1.5', {})).toBe('必须是不小于 0 的整数');
    expect(codecs.count.problem('-1', {})).toBe('必须是不小于 0 的整数');
    expect(codecs.count.sheet('0012')).toEqual({ value: 12 });
    expect(codecs.count.sheet('三')).toEqual({ value: '三' });
    expect(codecs.count.sheet(' ')).toEqual({ value: null });
    expect(codecs.count.fromCell(12.000000000001)).toBe('12');
    expect(codecs.count.sum!(['1', '2', 'x', ''])).toBe('3');
  });

  it('money: two decimals at most, exact sums in hundredths', () => {
    expect(codecs.money.problem('12.345', {})).toBe('必须是不小于 0 的数，最多两位小数');
    expect(codecs.money.sheet('12.50')).toEqual({ value: 12.5, money: true });
    expect(codecs.money.fromCell(0.1 + 0.2)).toBe('0.3');
    expect(codecs.money.sum!(['0.1', '0.2', '10'])).toBe('10.30');
  });

  it('date: typed dates become YYYY-MM-DD dates; Excel day numbers and Dates read back', () => {
    expect(codecs.date.sheet('2025年6月3日')).toEqual({ value: '2025-06-03', date: true });
    expect(codecs.date.sheet('下月')).toEqual({ value: '下月' });
    expect(codecs.date.problem('2025-13-01', {})).toBe('必须是日期，例如 2025-06-30');
    expect(codecs.date.fromCell(45811)).toBe('2025-06-03');
    expect(codecs.date.fromCell(new Date(Date.UTC(2025, 5, 3)))).toBe('2025-06-03');
    expect(codecs.date.sum).toBeUndefined();
  });

  it('enum: only the listed options', () => {
    const c = { options: ['高', '中', '低'] };
    expect(codecs.enum.problem(' 高 ', c)).toBeNull();
    expect(codecs.enum.problem('高风险', c)).toBe('只能填高、中、低之一');
  });

  it('text keeps what was typed; a neutralised formula loses its apostrophe on the way back', () => {
    expect(codecs.text.sheet('=1+1')).toEqual({ value: '=1+1' });
    expect(codecs.text.fromCell("'=1+1")).toBe('=1+1');
    expect(codecs.text.fromCell(true)).toBe('TRUE');
    expect(codecs.serial.sheet('3')).toEqual({ value: 3 });
    expect(codecs['row-label'].sheet('5月')).toEqual({ value: '5月' });
  });

  it('cellProblem: empty is a problem only when required; isNumeric is the codecs with sums', () => {
    expect(cellProblem({ type: 'count', required: true }, ' ')).toBe('不能为空');
    expect(cellProblem({ type: 'count', required: false }, '')).toBeNull();
    expect(
      ['count', 'money', 'date', 'text', 'enum', 'serial', 'row-label'].filter((type) =>
        isNumeric({ type: type as 'count' }),
      ),
    ).toEqual(['count', 'money']);
  });
});
