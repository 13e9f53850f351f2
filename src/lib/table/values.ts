/**
 * Cell values are kept as the text the user typed (nothing they type is ever thrown away);
 * these functions read that text as the column's type.
 */

/** Full-width digits and punctuation typed on Chinese keyboards → ASCII. */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，,]/g, '')
    .trim();
}

/** A whole number ≥ 0, or null when the text is not one. Empty text is 0-free: returns undefined. */
export function parseCount(text: string): number | null | undefined {
  const t = normaliseDigits(text);
  if (t === '') return undefined;
  if (!/^\d+(\.0+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/** 万元: a number ≥ 0 with at most two decimals, as integer hundredths (so sums are exact). */
export function parseMoneyCents(text: string): number | null | undefined {
  const t = normaliseDigits(text);
  if (t === '') return undefined;
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export const centsToText = (cents: number) =>
  `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM → "5月" in the base year, "2026年1月" otherwise. */
export function monthLabel(month: string, baseYear: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y === baseYear ? `${m}月` : `${y}年${m}月`;
}

/** Reads "5月" / "2026年1月" / "2025-06" back as YYYY-MM. */
export function parseMonthLabel(text: string, baseYear: number): string | null {
  const t = normaliseDigits(text).replace(/\s/g, '');
  let m = /^(?:(\d{4})年)?(\d{1,2})月(?:份)?$/.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return `${m[1] ?? baseYear}-${pad(month)}`;
  }
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${pad(Number(m[2]))}`;
  return null;
}

/** A number without float noise: rounded to `decimals` when that changes it by less than 1e-9. */
export function numberText(n: number, decimals?: number): string {
  if (decimals === undefined) return String(n);
  const f = 10 ** decimals;
  const r = Math.round(n * f) / f;
  return Math.abs(n - r) < 1e-9 ? String(r) : String(n);
}
