/**
 * RFC 5545 (iCalendar) export of reporting deadlines as all-day events.
 * Dates are floating (no VTIMEZONE): each is a China local calendar date.
 */
import type { Deadline, Reporting } from '../../schemas/reporting';
import { addDays } from '../common/dates';
import { dueDates } from './deadlines';

export const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

const octets = (s: string): number => encoder.encode(s).length;

/**
 * Fold one content line so that no physical line exceeds 75 octets (UTF-8),
 * never splitting a character; continuation lines start with a single space.
 * Returns the physical lines joined by CRLF (no trailing CRLF).
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = MAX_OCTETS;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** Escape a TEXT value: backslash, semicolon, comma, and newlines (as \n). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const icsDate = (iso: string): string => iso.replace(/-/g, '');

export interface BuildIcsOptions {
  calName: string;
  /** UTC timestamp such as 20251130T000000Z, injected for deterministic output. */
  dtstamp: string;
  /** Site origin (and base path); events get URL urlBase + '/reporting/#' + id. */
  urlBase?: string;
}

/** The RRULE value bounding a recurring deadline to exactly dueDates(deadline), or null for a single date. */
export function rruleFor(deadline: Deadline, count: number): string | null {
  if (count <= 1 || deadline.kind === 'once') return null;
  if (deadline.kind === 'monthly') return `FREQ=MONTHLY;BYMONTHDAY=${deadline.day};COUNT=${count}`;
  return `FREQ=YEARLY;BYMONTH=${deadline.month};BYMONTHDAY=${deadline.day};COUNT=${count}`;
}

export function eventSummary(item: Reporting): string {
  const annex =
    item.annex !== null && !item.what.includes(`附件${item.annex}`) ? `（附件${item.annex}）` : '';
  return `【报送截止】${item.what}${annex}`;
}

function eventDescription(item: Reporting): string {
  return [
    `报送单位：${item.whoText ?? `方案未写明由谁报送（本站理解：${item.whoReading}）`}`,
    `报送对象：${item.to ?? '方案未写明报送对象'}`,
    `报送内容：${item.what}`,
    `截止要求：${item.deadline.text}`,
    `方案原文：“${item.quote}”`,
  ].join('\n');
}

function eventLines(item: Reporting, opts: BuildIcsOptions): string[] {
  const dates = dueDates(item.deadline);
  const first = dates[0];
  if (first === undefined) return [];
  const rrule = rruleFor(item.deadline, dates.length);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${item.id}@jincheng-76.local`,
    `DTSTAMP:${opts.dtstamp}`,
    `DTSTART;VALUE=DATE:${icsDate(first)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(first, 1))}`,
  ];
  if (rrule !== null) lines.push(`RRULE:${rrule}`);
  lines.push(
    `SUMMARY:${escapeText(eventSummary(item))}`,
    `DESCRIPTION:${escapeText(eventDescription(item))}`,
    'TRANSP:TRANSPARENT',
  );
  if (opts.urlBase !== undefined) {
    lines.push(`URL:${opts.urlBase.replace(/\/+$/, '')}/reporting/#${item.id}`);
  }
  lines.push(
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P3D',
    `DESCRIPTION:${escapeText(`3 天后报送截止：${item.what}`)}`,
    'END:VALARM',
    'END:VEVENT',
  );
  return lines;
}

/** Build a complete VCALENDAR (CRLF line endings, folded at 75 octets). */
export function buildIcs(items: Reporting[], opts: BuildIcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//jincheng-76//reporting//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.calName)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...items.flatMap((item) => eventLines(item, opts)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
