import { describe, it, expect } from 'vitest';
import {
  addDays,
  dateToYmd,
  daysBetween,
  EXCEL_EPOCH_OFFSET,
  excelSerialToDate,
  excelSerialToUtcDate,
  nextMonth,
  parseIsoDate,
  readTypedDate,
  datePlaceholder,
  ymdToUtcDate,
  formatChineseDate,
  fromDayNumber,
  toDayNumber,
  todayInChina,
} from './dates';

describe('daysBetween / addDays', () => {
  it('counts days, signed', () => {
    expect(daysBetween('2025-07-20', '2025-07-25')).toBe(5);
    expect(daysBetween('2025-07-25', '2025-07-20')).toBe(-5);
    expect(daysBetween('2025-07-25', '2025-07-25')).toBe(0);
  });

  it('handles month, year and leap boundaries', () => {
    expect(daysBetween('2025-01-31', '2025-02-01')).toBe(1);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('1999-12-31', '2000-03-01')).toBe(61);
  });

  it('day numbers round-trip and match the Unix epoch', () => {
    expect(toDayNumber({ y: 1970, m: 1, d: 1 })).toBe(0);
    expect(toDayNumber({ y: 2025, m: 6, d: 20 })).toBe(Date.UTC(2025, 5, 20) / 86_400_000);
    for (let n = 19_000; n < 21_000; n += 1) {
      expect(toDayNumber(fromDayNumber(n))).toBe(n);
    }
  });

  it('addDays', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('rejects invalid dates', () => {
    expect(() => daysBetween('2025-02-30', '2025-03-01')).toThrow();
    expect(() => daysBetween('2025-6-1', '2025-03-01')).toThrow();
  });
});

describe('todayInChina', () => {
  it('uses Asia/Shanghai (UTC+8), not the machine zone', () => {
    expect(todayInChina(new Date('2025-06-19T15:59:59Z'))).toBe('2025-06-19');
    expect(todayInChina(new Date('2025-06-19T16:00:00Z'))).toBe('2025-06-20');
    expect(todayInChina(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
  });

  it('agrees with the Asia/Shanghai time zone from 1992 to 2100', () => {
    const shanghai = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const start = Date.UTC(1992, 0, 1);
    const end = Date.UTC(2100, 11, 31);
    // Every 7 days and 37 minutes, so the instants walk through every hour of the day.
    for (let t = start; t < end; t += 7 * 86_400_000 + 37 * 60_000) {
      const now = new Date(t);
      expect(todayInChina(now), now.toISOString()).toBe(shanghai.format(now));
    }
  });

  it('defaults to now and returns YYYY-MM-DD', () => {
    expect(todayInChina()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('formatChineseDate', () => {
  it('drops leading zeros', () => {
    expect(formatChineseDate('2025-06-20')).toBe('2025年6月20日');
    expect(formatChineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(formatChineseDate('2025-12-31')).toBe('2025年12月31日');
  });
});

describe('readTypedDate (what people type)', () => {
  it('reads the ways dates are written', () => {
    for (const t of [
      '2025-06-30',
      '2025/6/30',
      '2025.6.30',
      '2025年6月30日',
      '２０２５年６月３０日',
      ' 2025 - 6 - 30 ',
      '20250630',
      '２０２５０６３０',
    ])
      expect(readTypedDate(t)).toBe('2025-06-30');
  });
  it('empty is undefined, a non-date is null', () => {
    expect(readTypedDate('  ')).toBeUndefined();
    for (const t of ['2025-02-30', '1899-12-31', '下周']) expect(readTypedDate(t), t).toBeNull();
  });
  it('eight digits are a date only when the day exists', () => {
    expect(readTypedDate('20251130')).toBe('2025-11-30');
    expect(readTypedDate('20240229')).toBe('2024-02-29');
    for (const t of ['20251131', '20250229', '20251301', '20251100', '2025113', '202511300', '18991231'])
      expect(readTypedDate(t), t).toBeNull();
  });
  it('the placeholder shows today, not a date of a past year', () => {
    expect(datePlaceholder('2026-11-30')).toBe('例：2026-11-30');
    expect(datePlaceholder()).toBe(`例：${todayInChina()}`);
  });
});

describe('parseIsoDate (dates the site wrote)', () => {
  it('throws on malformed or impossible dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(() => parseIsoDate('2025-02-29')).toThrow('不是有效的日期');
    expect(() => parseIsoDate('2025/02/01')).toThrow('YYYY-MM-DD');
  });
});

describe('Excel day numbers', () => {
  it('one offset both ways', () => {
    expect(EXCEL_EPOCH_OFFSET).toBe(25569);
    expect(excelSerialToDate(45838)).toBe('2025-06-30');
    expect(excelSerialToDate(45838.99)).toBe('2025-06-30');
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToUtcDate(45838).toISOString()).toBe('2025-06-30T00:00:00.000Z');
    expect(ymdToUtcDate('2025-06-30').getTime()).toBe(excelSerialToUtcDate(45838).getTime());
  });
  it('dateToYmd reads UTC-midnight dates by their UTC day', () => {
    expect(dateToYmd(new Date(Date.UTC(2025, 5, 30)))).toBe('2025-06-30');
    expect(dateToYmd(new Date(Number.NaN))).toBeNull();
  });
  it('nextMonth rolls over the year', () => {
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(nextMonth('2025-05')).toBe('2025-06');
  });
});
