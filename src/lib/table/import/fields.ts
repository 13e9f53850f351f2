import type { AnnexLayout } from '../../../schemas/annex-layout';
import { dateToYmd, readTypedDate } from '../../common/dates';
import { cellText, isBlank, type Matrix, normHeader } from './cells';

/** The 填报 fields of a form (填报单位：…), found by their labels outside the table rows. */

export const LABEL_ALIASES: Record<string, string[]> = {
  填报人: ['填表人'],
  填表人: ['填报人'],
  填报日期: ['填报时间'],
  填报时间: ['填报日期'],
};

export interface FieldHit {
  value: string;
  row: number;
  col: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label with optional spaces between its characters, e.g. "填 报 单 位". */
export const spacedLabel = (label: string) => [...label].map(escapeRe).join('\\s*');

/**
 * What people write after a label or a name on a form: （盖章）, (公章), （签字）… Full- or half-width
 * brackets, spaces anywhere. Never part of a name or a value.
 */
const REMARK = String.raw`[（(]\s*(?:盖\s*章|公\s*章|签\s*章|签\s*字|签\s*名)\s*[）)]`;
const remarkRe = new RegExp(REMARK, 'g');

/** A value without （盖章） and the like: "泽州县甲镇（盖章）" → "泽州县甲镇"; "（盖章）" → "". */
export const withoutRemark = (text: string) => text.replace(remarkRe, '').trim();

/**
 * The regex source of "label：" as people write it: spaces between the label's characters, an
 * optional （盖章）/(盖章) after it, a full- or half-width colon. Group 1 is the label.
 */
export const labelPattern = (labels: readonly string[]) =>
  `(${labels.map(spacedLabel).join('|')})\\s*(?:${REMARK}\\s*)?[：:]`;

/** A cell that is a date and nothing else: a date cell, or text such as "2025年6月20日", "2025-06-20". */
export function bareDate(raw: unknown): string | null {
  if (raw instanceof Date) return dateToYmd(raw);
  if (typeof raw !== 'string') return null;
  const ymd = readTypedDate(raw);
  return typeof ymd === 'string' ? ymd : null;
}

/** Reads "填报单位：xxx" (one cell, several labels in one cell, or label and value in adjacent cells) outside the table rows. */
export function readFields(
  layout: AnnexLayout,
  matrix: Matrix,
  skip: (r: number) => boolean,
): Record<string, FieldHit> {
  const labelled = layout.fields.map((f) => ({
    key: f.key,
    type: f.type,
    labels: [f.label, ...(LABEL_ALIASES[f.label] ?? [])],
  }));
  const source = labelPattern(labelled.flatMap((f) => f.labels));
  const labelRe = new RegExp(source);
  const labelsRe = new RegExp(source, 'g');
  /** A label alone in its cell, without colon ("填报单位", "填报单位（盖章）"). */
  const bareLabel = (v: string) => {
    const compact = withoutRemark(v).replace(/\s+/g, '');
    return labelled.find((f) => f.labels.includes(compact));
  };
  const isLabel = (v: unknown) => typeof v === 'string' && (labelRe.test(v) || !!bareLabel(v));
  const fieldOf = (label: string) => {
    const compact = label.replace(/\s+/g, '');
    return (labelled.find((f) => f.labels[0] === compact) ??
      labelled.find((f) => f.labels.includes(compact)))!;
  };
  const found: Record<string, FieldHit> = {};
  const take = (f: { key: string; type: string }, raw: unknown, row: number, col: number) => {
    if (found[f.key]) return;
    let value = cellText(raw, f.type === 'date' ? 'date' : 'field');
    if (f.type === 'date') {
      const ymd = readTypedDate(value);
      if (typeof ymd === 'string') value = ymd;
    } else value = withoutRemark(value);
    found[f.key] = { value, row, col };
  };
  matrix.forEach((row, r) => {
    if (skip(r) || !row) return;
    row.forEach((raw, c) => {
      if (typeof raw !== 'string' || raw.trim() === '') return;
      /**
       * The value in the next cell to the right with something in it (a cell holding only （盖章） is
       * passed over), unless that is another label — or a bare date beside a field that is no date
       * (the 填报日期 of a line whose label was left out, read by readBareDates).
       */
      const rightValue = (f: { type: string }) => {
        for (let i = c + 1; i < row.length; i++) {
          const v = row[i];
          if (isBlank(v) || (typeof v === 'string' && withoutRemark(v) === '')) continue;
          if (isLabel(v) || (f.type !== 'date' && bareDate(v) !== null)) return undefined;
          return v;
        }
        return undefined;
      };
      const hits = [...raw.matchAll(labelsRe)];
      if (hits.length === 0) {
        // A label alone in its cell, without colon; the value in the next cell.
        const f = bareLabel(raw);
        if (f) {
          const v = rightValue(f);
          if (v !== undefined) take(f, v, r, c);
        }
        return;
      }
      hits.forEach((hit, i) => {
        const f = fieldOf(hit[1]!);
        const from = hit.index! + hit[0].length;
        const to = i + 1 < hits.length ? hits[i + 1]!.index! : raw.length;
        const value = withoutRemark(raw.slice(from, to));
        if (value !== '') take(f, value, r, c);
        else if (i === hits.length - 1) {
          const v = rightValue(f);
          if (v !== undefined) take(f, v, r, c);
        }
      });
    });
  });
  return found;
}

/**
 * A date field (填报日期) whose label was left out: a cell holding only a date ("2025年6月20日", or a
 * date cell) on the field's side of the table — above the header for a field printed above, below the
 * table for one printed below. Taken only when exactly one such cell is there and one date field of
 * that side is still missing, so a date is never guessed between two. `rows` gives each side's rows.
 */
export function readBareDates(
  layout: AnnexLayout,
  matrix: Matrix,
  found: Readonly<Record<string, FieldHit>>,
  rows: { above: readonly number[]; below: readonly number[] },
): Record<string, FieldHit & { text: string }> {
  const out: Record<string, FieldHit & { text: string }> = {};
  for (const side of ['above', 'below'] as const) {
    const missing = layout.fields.filter((f) => f.type === 'date' && f.position === side && !found[f.key]);
    if (missing.length !== 1) continue;
    const taken = new Set(Object.values(found).map((h) => `${h.row}|${h.col}`));
    const dates: (FieldHit & { text: string })[] = [];
    for (const r of rows[side]) {
      (matrix[r] ?? []).forEach((raw, c) => {
        const ymd = bareDate(raw);
        if (ymd !== null && !taken.has(`${r}|${c}`))
          dates.push({ value: ymd, row: r, col: c, text: raw instanceof Date ? ymd : String(raw).trim() });
      });
    }
    if (dates.length === 1) out[missing[0]!.key] = dates[0]!;
  }
  return out;
}

/**
 * 附件3: the enterprise name from a title such as "某公司有限空间管理台账（参考）" (the layout title
 * with XX filled in, as the site exports it) or "某公司有限空间管理台账" (a ledger typed by hand,
 * without the trailing "（参考）"). `title` is the title cell as written.
 */
export function readTitleField(
  layout: AnnexLayout,
  matrix: Matrix,
  before: number,
): (FieldHit & { title: string }) | null {
  if (!layout.titleField || !layout.title.includes('XX')) return null;
  const [pre, full] = layout.title.split('XX').map((s) => normHeader(s)) as [string, string];
  // The title's own words, with and without a trailing bracketed remark such as (参考).
  const posts = [...new Set([full, full.replace(/\([^()]*\)$/, '')])].filter((p) => p !== '');
  for (let r = 0; r < before; r++) {
    for (const [c, raw] of (matrix[r] ?? []).entries()) {
      if (typeof raw !== 'string') continue;
      const t = normHeader(raw);
      const post = posts.find((p) => t.length >= pre.length + p.length && t.startsWith(pre) && t.endsWith(p));
      if (post === undefined) continue;
      // Cut the typed text (not its normalised form) so the name keeps its own characters.
      let j = 0;
      while (j <= raw.length && normHeader(raw.slice(0, j)) !== pre) j++;
      let k = raw.length;
      while (k >= j && normHeader(raw.slice(k)) !== post) k--;
      const value = raw.slice(j, k).trim();
      return { value: value === 'XX' ? '' : value, row: r, col: c, title: raw.trim() };
    }
  }
  return null;
}
