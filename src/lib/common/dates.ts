/**
 * Calendar dates, one module for the whole site. Dates are ISO strings 'YYYY-MM-DD' on China's
 * calendar; arithmetic is done on year/month/day numbers, never through the machine's time zone.
 *
 * Two readers with two contracts, named apart:
 * - parseIsoDate: a date the site itself wrote (content YAML, computed dates) — throws when malformed;
 * - readTypedDate: what a person typed (2025/6/30, 2025年6月30日…) — returns undefined for empty
 *   text and null for text that is not a date, never throws.
 */

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
export function parseIsoDate(s: string): Ymd {
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
  return toDayNumber(parseIsoDate(b)) - toDayNumber(parseIsoDate(a));
}

/** The date n days after (or before, if negative) the given date. */
export function addDays(date: string, n: number): string {
  return formatDate(fromDayNumber(toDayNumber(parseIsoDate(date)) + n));
}

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Today's date in China (Asia/Shanghai), as 'YYYY-MM-DD'. Plain arithmetic on UTC+8 rather than
 * Intl.DateTimeFormat with a time zone: the first such formatter loads the time-zone data, which
 * cost about 170 ms of main-thread time on a throttled phone while an annex form hydrated.
 */
export function todayInChina(now: Date = new Date()): string {
  const china = new Date(now.getTime() + CHINA_OFFSET_MS);
  return formatDate({ y: china.getUTCFullYear(), m: china.getUTCMonth() + 1, d: china.getUTCDate() });
}

/** '2025-06-20' → '2025年6月20日'. */
export function formatChineseDate(date: string): string {
  const { y, m, d } = parseIsoDate(date);
  return `${y}年${m}月${d}日`;
}

/**
 * A date as YYYY-MM-DD from what people type: 2025-06-30, 2025/6/30, 2025.6.30, 2025年6月30日
 * (full-width digits too), years 1900–2100. undefined for empty text, null when it is not a valid date.
 */
export function readTypedDate(text: string): string | null | undefined {
  const t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
  if (t === '') return undefined;
  // Eight digits (20251130): what a phone's digits-only keypad can type, with no "-" on it.
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(ymd) && ymd.y >= 1900 && ymd.y <= 2100 ? formatDate(ymd) : null;
}

/** The hint in an empty date input: today's date as an example (never a date of a past year). */
export function datePlaceholder(today: string = todayInChina()): string {
  return `例：${today}`;
}

// ---- Excel's 1900 date system ----

/** Excel's day number of 1970-01-01 (1900 date system, with Excel's phantom 1900-02-29). */
export const EXCEL_EPOCH_OFFSET = 25569;

/** Excel's day number → YYYY-MM-DD (the time of day is dropped). null when it is no date. */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  return formatDate(fromDayNumber(Math.floor(serial) - EXCEL_EPOCH_OFFSET));
}

/** Excel's day number → that calendar day as a Date at UTC midnight (what SheetJS gives for date cells). */
export function excelSerialToUtcDate(serial: number): Date {
  return new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * 86_400_000);
}

/** YYYY-MM-DD → a Date at UTC midnight: writers turn `getTime()` into Excel's day number, the same day in every time zone. */
export function ymdToUtcDate(ymd: string): Date {
  const { y, m, d } = parseIsoDate(ymd);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A Date as YYYY-MM-DD: UTC-midnight dates (SheetJS) by their UTC day, others by their local day. */
export function dateToYmd(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const utcMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  return formatDate(
    utcMidnight
      ? { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }
      : { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() },
  );
}

// ---- Months ----

/** YYYY-MM → the month after it. */
export function nextMonth(month: string): string {
  const { y, m } = parseMonth(month);
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}
