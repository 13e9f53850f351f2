import { describe, expect, it } from 'vitest';
import {
  centsToText,
  monthLabel,
  normaliseDigits,
  numberText,
  parseCount,
  parseMoneyCents,
  parseMonthLabel,
} from './values';

describe('reading typed numbers', () => {
  it('normaliseDigits: full-width digits, Chinese full stops, thousands commas', () => {
    expect(normaliseDigits(' １，２３４。５ ')).toBe('1234.5');
  });
  it('parseCount: undefined when empty, null when not a whole number ≥ 0', () => {
    expect(parseCount('')).toBeUndefined();
    expect(parseCount('12.0')).toBe(12);
    expect(parseCount('12.5')).toBeNull();
    expect(parseCount('99999999999999999999')).toBeNull();
  });
  it('parseMoneyCents: hundredths, at most two decimals', () => {
    expect(parseMoneyCents('12.5')).toBe(1250);
    expect(parseMoneyCents('12.')).toBe(1200);
    expect(parseMoneyCents('0.005')).toBeNull();
    expect(centsToText(1205)).toBe('12.05');
  });
  it('numberText drops float noise only', () => {
    expect(numberText(0.1 + 0.2, 2)).toBe('0.3');
    expect(numberText(12.345, 2)).toBe('12.345');
    expect(numberText(7)).toBe('7');
  });
});

describe('month labels', () => {
  it('print the base year short, others with their year, and read back', () => {
    expect(monthLabel('2025-05', 2025)).toBe('5月');
    expect(monthLabel('2026-01', 2025)).toBe('2026年1月');
    expect(parseMonthLabel('5月份', 2025)).toBe('2025-05');
    expect(parseMonthLabel('2026年1月', 2025)).toBe('2026-01');
    expect(parseMonthLabel('2025/6', 2025)).toBe('2025-06');
    expect(parseMonthLabel('13月', 2025)).toBeNull();
  });
});
