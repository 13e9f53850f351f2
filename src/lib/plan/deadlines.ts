/**
 * Deadline arithmetic on China local calendar dates (Asia/Shanghai).
 *
 * All dates are ISO strings 'YYYY-MM-DD'. Arithmetic is done on the
 * year/month/day numbers only — never through the machine's time zone.
 */
import type { Deadline } from '../../schemas/reporting';
import { daysBetween, formatDate, isValidYmd, parseIsoDate, parseMonth } from '../common/dates';

/**
 * Every due date of a deadline, in ascending order.
 * - once: the single date;
 * - monthly: day `day` of each month from firstMonth to lastMonth inclusive;
 * - yearly: month/day of each year from firstYear to lastYear inclusive
 *   (years where the date does not exist, e.g. 02-29 in a common year, are skipped —
 *   the same as an RFC 5545 RRULE would do).
 */
export function dueDates(deadline: Deadline): string[] {
  switch (deadline.kind) {
    case 'once':
      return [formatDate(parseIsoDate(deadline.date))];
    case 'monthly': {
      const first = parseMonth(deadline.firstMonth);
      const last = parseMonth(deadline.lastMonth);
      const out: string[] = [];
      let { y, m } = first;
      while (y < last.y || (y === last.y && m <= last.m)) {
        const ymd = { y, m, d: deadline.day };
        if (isValidYmd(ymd)) out.push(formatDate(ymd));
        m += 1;
        if (m > 12) {
          m = 1;
          y += 1;
        }
      }
      return out;
    }
    case 'yearly': {
      const out: string[] = [];
      for (let y = deadline.firstYear; y <= deadline.lastYear; y += 1) {
        const ymd = { y, m: deadline.month, d: deadline.day };
        if (isValidYmd(ymd)) out.push(formatDate(ymd));
      }
      return out;
    }
  }
}

export interface NextDue {
  date: string;
  /** 0-based position of `date` in dueDates(deadline). */
  index: number;
  /** dueDates(deadline).length */
  total: number;
}

/** First due date on or after `today` (a due date equal to today is not yet late); null when all have passed. */
export function nextDue(deadline: Deadline, today: string): NextDue | null {
  const t = formatDate(parseIsoDate(today));
  const dates = dueDates(deadline);
  const index = dates.findIndex((d) => d >= t);
  if (index === -1) return null;
  return { date: dates[index] as string, index, total: dates.length };
}

/** Chinese one-liner for the next due date relative to `today`. */
export function describeNextDue(deadline: Deadline, today: string): string {
  const next = nextDue(deadline, today);
  if (next === null) {
    const dates = dueDates(deadline);
    const last = dates[dates.length - 1];
    if (last === undefined) return '无截止日期';
    return dates.length === 1 ? `已截止（${last}）` : `已全部截止（最后一次 ${last}）`;
  }
  const days = daysBetween(today, next.date);
  if (days === 0) return `今天截止（${next.date}）`;
  return `下次截止：${next.date}（还有 ${days} 天）`;
}

export type WindowStatus =
  | 'not-started'
  | 'in-progress'
  | 'ended'
  /** started, and the plan gives no end */
  | 'open-ended'
  /** the plan gives neither start nor end */
  | 'unstated'
  /** no window, but a deadline for the work (e.g. 6月20日前), not yet passed */
  | 'deadline-ahead'
  /** …and passed: the deadline is over, which does not mean the stage has ended */
  | 'deadline-passed';

/** A time span as the plan states it; `null` where the plan states nothing. */
export interface StatedWindow {
  start: string | null;
  end: string | null;
  /** When there is no window: the date the plan sets for the work (6月20日前). */
  deadline?: string | null;
}

/**
 * Where `today` falls in a window; both ends inclusive. A window without an end is never 已结束
 * (only 已开始，无结束日期), and a deadline is never read as the end of a stage.
 */
export function windowStatus(window: StatedWindow, today: string): WindowStatus {
  const t = formatDate(parseIsoDate(today));
  if (window.start === null && window.end === null) {
    if (!window.deadline) return 'unstated';
    return t > formatDate(parseIsoDate(window.deadline)) ? 'deadline-passed' : 'deadline-ahead';
  }
  if (window.start !== null && t < formatDate(parseIsoDate(window.start))) return 'not-started';
  if (window.end !== null && t > formatDate(parseIsoDate(window.end))) return 'ended';
  return window.end === null ? 'open-ended' : 'in-progress';
}

const STATUS_LABELS: Record<WindowStatus, string> = {
  'not-started': '未开始',
  'in-progress': '进行中',
  ended: '已结束',
  'open-ended': '已开始（无结束日期）',
  unstated: '未规定起止',
  'deadline-ahead': '期限未到',
  'deadline-passed': '期限已过',
};

export function statusLabel(status: WindowStatus): string {
  return STATUS_LABELS[status];
}
