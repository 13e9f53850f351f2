import { describe, expect, it } from 'vitest';
import {
  cellProblem,
  codecs,
  EXCEL_MAX_CELL_CHARS,
  enumValue,
  isNumeric,
  lengthProblem,
  looksLikeDate,
} from './codecs';

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

  it('date-or-text (整改时限): a date is a date cell, words are text, a broken date is a problem', () => {
    const c = codecs['date-or-text'];
    expect(c.sheet('2025年6月30日')).toEqual({ value: '2025-06-30', date: true });
    expect(c.sheet('立即整改')).toEqual({ value: '立即整改' });
    expect(c.sheet('')).toEqual({ value: null });
    for (const words of ['立即整改', '限期30日', '6月30日前', '30']) expect(c.problem(words, {})).toBeNull();
    for (const broken of ['2025-13-01', '2025/2/30', '2025年6月31日'])
      expect(c.problem(broken, {})).toBe('必须是日期（例如 2025-06-30）或文字（例如 立即整改、限期30日）');
    expect(looksLikeDate('限期30日')).toBe(false);
    // A day number Excel shows as a date reads as that date; a small number stays a number.
    expect(c.fromCell(45838)).toBe('2025-06-30');
    expect(c.fromCell(30)).toBe('30');
    expect(c.fromCell(new Date(Date.UTC(2025, 5, 30)))).toBe('2025-06-30');
    expect(c.fromCell(' 立即整改 ')).toBe('立即整改');
  });

  it('enum aliases: 高风险 → 高, other words unchanged', () => {
    const risk = { aliases: { 高风险: '高', 中风险: '中', 低风险: '低' } };
    expect(enumValue(risk, '高风险')).toBe('高');
    expect(enumValue(risk, ' 中 风 险 ')).toBe('中');
    expect(enumValue(risk, '较大风险')).toBe('较大风险');
    expect(enumValue({}, '高风险')).toBe('高风险');
  });

  it('a text longer than an Excel cell holds (32,767 characters) is a problem in any column', () => {
    expect(EXCEL_MAX_CELL_CHARS).toBe(32_767);
    expect(lengthProblem('a'.repeat(32_767))).toBeNull();
    expect(lengthProblem('a'.repeat(32_768))).toBe('有 32768 个字符，超过 Excel 单元格上限 32767 个字符');
    expect(cellProblem({ type: 'text', required: false }, '字'.repeat(40_000))).toBe(
      '有 40000 个字符，超过 Excel 单元格上限 32767 个字符',
    );
    expect(cellProblem({ type: 'count', required: false }, '1'.repeat(32_768))).toMatch(/^有 32768 个字符/);
  });
});
