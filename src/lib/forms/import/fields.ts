import type { AnnexLayout } from '../../../schemas/annex-layout';
import { readTypedDate } from '../../dates';
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
  const source = `(${labelled
    .flatMap((f) => f.labels)
    .map(spacedLabel)
    .join('|')})\\s*[：:]`;
  const labelRe = new RegExp(source);
  const labelsRe = new RegExp(source, 'g');
  const isLabel = (v: unknown) =>
    typeof v === 'string' &&
    (labelRe.test(v) || labelled.some((f) => f.labels.includes(v.replace(/\s+/g, ''))));
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
    }
    found[f.key] = { value, row, col };
  };
  matrix.forEach((row, r) => {
    if (skip(r) || !row) return;
    row.forEach((raw, c) => {
      if (typeof raw !== 'string' || raw.trim() === '') return;
      /** The value in the next non-empty cell to the right, unless that is another label. */
      const rightValue = () => {
        for (let i = c + 1; i < row.length; i++) {
          const v = row[i];
          if (isBlank(v)) continue;
          return isLabel(v) ? undefined : v;
        }
        return undefined;
      };
      const hits = [...raw.matchAll(labelsRe)];
      if (hits.length === 0) {
        // A label alone in its cell, without colon; the value in the next cell.
        const f = labelled.find((x) => x.labels.includes(raw.replace(/\s+/g, '')));
        if (f) {
          const v = rightValue();
          if (v !== undefined) take(f, v, r, c);
        }
        return;
      }
      hits.forEach((hit, i) => {
        const f = fieldOf(hit[1]!);
        const from = hit.index! + hit[0].length;
        const to = i + 1 < hits.length ? hits[i + 1]!.index! : raw.length;
        const value = raw.slice(from, to).trim();
        if (value !== '') take(f, value, r, c);
        else if (i === hits.length - 1) {
          const v = rightValue();
          if (v !== undefined) take(f, v, r, c);
        }
      });
    });
  });
  return found;
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
