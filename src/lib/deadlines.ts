/**
 * Deadline arithmetic on China local calendar dates (Asia/Shanghai).
 *
 * All dates are ISO strings 'YYYY-MM-DD'. Arithmetic is done on the
 * year/month/day numbers only — never through the machine's time zone.
 */
import type { Deadline } from '../schemas/reporting';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** Parse 'YYYY-MM-DD'; throws on malformed or impossible dates. */
export function parseDate(s: string): Ymd {
  const match = ISO_DATE.exec(s);
  if (!match) throw new Error(`不是 YYYY-MM-DD 格式的日期：${s}`);
  const ymd = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  if (!isValidYmd(ymd)) throw new Error(`不是有效的日期：${s}`);
  return ymd;
}

/** Parse 'YYYY-MM'; throws on malformed input. */
export function parseMonth(s: string): { y: number; m: number } {
  const match = ISO_MONTH.exec(s);
  const y = Number(match?.[1]);
  const m = Number(match?.[2]);
  if (!match || m < 1 || m > 12) throw new Error(`不是 YYYY-MM 格式的年月：${s}`);
  return { y, m };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDate({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
export function toDayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of toDayNumber (civil_from_days). */
export function fromDayNumber(z: number): Ymd {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Number of days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(parseDate(b)) - toDayNumber(parseDate(a));
}

/** The date n days after (or before, if negative) the given date. */
export function addDays(date: string, n: number): string {
  return formatDate(fromDayNumber(toDayNumber(parseDate(date)) + n));
}

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
      return [formatDate(parseDate(deadline.date))];
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
  const t = formatDate(parseDate(today));
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

/** Today's date in China (Asia/Shanghai), as 'YYYY-MM-DD'. */
export function todayInChina(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
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
  const t = formatDate(parseDate(today));
  if (window.start === null && window.end === null) {
    if (!window.deadline) return 'unstated';
    return t > formatDate(parseDate(window.deadline)) ? 'deadline-passed' : 'deadline-ahead';
  }
  if (window.start !== null && t < formatDate(parseDate(window.start))) return 'not-started';
  if (window.end !== null && t > formatDate(parseDate(window.end))) return 'ended';
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

/** '2025-06-20' → '2025年6月20日'. */
export function formatChineseDate(date: string): string {
  const { y, m, d } = parseDate(date);
  return `${y}年${m}月${d}日`;
}
