import { describe, it, expect } from 'vitest';
import type { Deadline } from '../../schemas/reporting';
import { describeNextDue, dueDates, nextDue, statusLabel, windowStatus } from './deadlines';

const monthly25: Deadline = {
  kind: 'monthly',
  day: 25,
  firstMonth: '2025-06',
  lastMonth: '2025-12',
  text: '每月25日前',
};
const monthly20: Deadline = {
  kind: 'monthly',
  day: 20,
  firstMonth: '2025-06',
  lastMonth: '2026-11',
  text: '每月20日前',
};
const yearly: Deadline = {
  kind: 'yearly',
  month: 11,
  day: 25,
  firstYear: 2025,
  lastYear: 2026,
  text: '每年11月25日前',
};
const once: Deadline = { kind: 'once', date: '2025-06-15', text: '6月15日前' };

describe('dueDates', () => {
  it('once gives the single date', () => {
    expect(dueDates(once)).toEqual(['2025-06-15']);
  });

  it('monthly within one year', () => {
    expect(dueDates(monthly25)).toEqual(
      '2025-06-25 2025-07-25 2025-08-25 2025-09-25 2025-10-25 2025-11-25 2025-12-25'.split(' '),
    );
  });

  it('monthly across a year boundary', () => {
    const dates = dueDates(monthly20);
    expect(dates).toHaveLength(18);
    expect(dates[0]).toBe('2025-06-20');
    expect(dates.slice(6, 8)).toEqual(['2025-12-20', '2026-01-20']);
    expect(dates[17]).toBe('2026-11-20');
    expect([...dates].sort()).toEqual(dates);
  });

  it('monthly with a single month', () => {
    expect(
      dueDates({ kind: 'monthly', day: 1, firstMonth: '2025-12', lastMonth: '2025-12', text: 'x' }),
    ).toEqual(['2025-12-01']);
  });

  it('yearly', () => {
    expect(dueDates(yearly)).toEqual(['2025-11-25', '2026-11-25']);
  });

  it('yearly skips years without the date (Feb 29)', () => {
    expect(
      dueDates({ kind: 'yearly', month: 2, day: 29, firstYear: 2023, lastYear: 2028, text: 'x' }),
    ).toEqual(['2024-02-29', '2028-02-29']);
  });
});

describe('nextDue', () => {
  it('before the first due date', () => {
    expect(nextDue(monthly25, '2025-05-01')).toEqual({ date: '2025-06-25', index: 0, total: 7 });
  });

  it('today equal to a due date counts as not yet late', () => {
    expect(nextDue(monthly25, '2025-07-25')).toEqual({ date: '2025-07-25', index: 1, total: 7 });
  });

  it('the day after a due date moves to the next month', () => {
    expect(nextDue(monthly25, '2025-07-26')).toEqual({ date: '2025-08-25', index: 2, total: 7 });
  });

  it('across a year boundary', () => {
    expect(nextDue(monthly20, '2025-12-21')).toEqual({ date: '2026-01-20', index: 7, total: 18 });
  });

  it('last due date is today', () => {
    expect(nextDue(monthly25, '2025-12-25')).toEqual({ date: '2025-12-25', index: 6, total: 7 });
  });

  it('null when all have passed', () => {
    expect(nextDue(monthly25, '2025-12-26')).toBeNull();
    expect(nextDue(once, '2025-06-16')).toBeNull();
    expect(nextDue(yearly, '2027-01-01')).toBeNull();
  });

  it('once on its day', () => {
    expect(nextDue(once, '2025-06-15')).toEqual({ date: '2025-06-15', index: 0, total: 1 });
  });
});

describe('describeNextDue', () => {
  it.each([
    ['upcoming', '2025-07-20', '下次截止：2025-07-25（还有 5 天）'],
    ['across a month boundary', '2025-07-31', '下次截止：2025-08-25（还有 25 天）'],
    ['all passed', '2026-01-01', '已全部截止（最后一次 2025-12-25）'],
  ])('%s (%s)', (_, today, said) => {
    expect(describeNextDue(monthly25, today)).toBe(said);
  });

  it('today', () => {
    expect(describeNextDue(monthly25, '2025-07-25')).toContain('今天截止');
  });

  it('a single deadline passed', () => {
    expect(describeNextDue(once, '2025-07-01')).toBe('已截止（2025-06-15）');
  });
});

describe('windowStatus / statusLabel', () => {
  const w = { start: '2025-06-01', end: '2025-12-31' };

  it.each([
    ['before start', '2025-05-31', 'not-started'],
    ['on the start date', '2025-06-01', 'in-progress'],
    ['on the end date (inclusive)', '2025-12-31', 'in-progress'],
    ['after the end date', '2026-01-01', 'ended'],
  ])('%s (%s): %s', (_, day, status) => {
    expect(windowStatus(w, day)).toBe(status);
  });

  it('null end never ends: 已开始（无结束日期）, never 进行中 or 已结束', () => {
    expect(windowStatus({ start: '2025-06-01', end: null }, '2099-12-31')).toBe('open-ended');
    expect(windowStatus({ start: '2025-06-01', end: null }, '2025-06-01')).toBe('open-ended');
    expect(windowStatus({ start: '2025-06-01', end: null }, '2025-05-31')).toBe('not-started');
  });

  it('no window at all: 未规定起止, whatever the date', () => {
    expect(windowStatus({ start: null, end: null }, '2025-01-01')).toBe('unstated');
    expect(windowStatus({ start: null, end: null }, '2099-12-31')).toBe('unstated');
  });

  it('a deadline is not the end of a stage: 期限未到 / 期限已过', () => {
    const stage = { start: null, end: null, deadline: '2025-06-20' };
    expect(windowStatus(stage, '2025-06-20')).toBe('deadline-ahead');
    expect(windowStatus(stage, '2025-06-21')).toBe('deadline-passed');
    expect(statusLabel(windowStatus(stage, '2026-12-01'))).not.toBe('已结束');
  });

  it.each([
    ['not-started', '未开始'],
    ['in-progress', '进行中'],
    ['ended', '已结束'],
    ['open-ended', '已开始（无结束日期）'],
    ['unstated', '未规定起止'],
    ['deadline-passed', '期限已过'],
  ] as const)('label of %s: %s', (status, label) => {
    expect(statusLabel(status)).toBe(label);
  });
});
