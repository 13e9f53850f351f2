import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksSentence, hintsByTarget, monthHints } from './hints';
import { loadLayoutsFromFiles } from './load-layouts-node';
import { monthlyAnnex } from './fixtures/monthly';
import { cellId, errorsByTarget, validateAnnex } from './validate-annex';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));

/** 附件1 with its first months filled from objects of column → text. */
const annex1 = (months: Record<string, string>[]) => monthlyAnnex(layouts.annex1, months);

describe('how the checks work, said on the page', () => {
  it('a sentence for forms with 已整改 rules, none for the others', () => {
    expect(checksSentence(layouts.annex1)).toContain('已整改按累计核对');
    expect(checksSentence(layouts.annex1)).toContain('累计');
    expect(checksSentence(layouts.annex2)).toBeNull();
    expect(checksSentence(layouts.annex5)).toBeNull();
  });
});

describe('a hint (not an error) when a month’s own 已整改 exceeds its own 隐患', () => {
  it('passes validation on running totals, and hints at the cell', () => {
    const d = annex1([
      { 'self-general': '5', 'self-general-fixed': '2' },
      { 'self-general': '1', 'self-general-fixed': '4' },
    ]);
    expect(validateAnnex(layouts.annex1, d)).toEqual([]);
    const hints = monthHints(layouts.annex1, d);
    expect(hints).toHaveLength(1);
    expect(hints[0]!.target).toBe(cellId(d.rows[1]!.id, 'self-general-fixed'));
    expect(hints[0]!.message).toBe(
      '提示：本月一般隐患已整改 4，多于本月一般隐患 1（企业自查自纠情况）。整改以前月份发现的隐患可以这样填；否则请检查是否填错。',
    );
  });
  it('no hint when 已整改 ≤ 隐患, for zero, or for text that is not a number', () => {
    const d = annex1([
      { 'self-general': '5', 'self-general-fixed': '5', 'self-major': '', 'self-major-fixed': '0' },
      { 'dept-general': '2', 'dept-general-fixed': 'abc' },
    ]);
    expect(monthHints(layouts.annex1, d)).toEqual([]);
  });
  it('an empty 隐患 counts as 0', () => {
    const d = annex1([{ 'public-major-fixed': '1' }]);
    expect(monthHints(layouts.annex1, d).map((h) => h.column)).toEqual(['public-major-fixed']);
  });
  it('a cell that shows an error gets no hint on top of it', () => {
    const d = annex1([{ 'self-general': '1', 'self-general-fixed': '3' }]);
    const errors = errorsByTarget(validateAnnex(layouts.annex1, d));
    const hints = monthHints(layouts.annex1, d);
    expect(hints).toHaveLength(1);
    expect(errors.has(hints[0]!.target)).toBe(true);
    expect(hintsByTarget(hints, errors).size).toBe(0);
    expect(hintsByTarget(hints, new Map()).size).toBe(1);
  });
});
