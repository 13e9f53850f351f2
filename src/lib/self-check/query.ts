import type { SectorId } from '../../schemas';
import type { SelfCheckQuestion } from '../../schemas/self-check';
import { parseSelection, selectionToQuery } from '../plan/plan';
import type { SelfCheckAnswers } from './select';

/**
 * Answers in a link, beside the `?kinds=` of the sector selection: one parameter per question, named by
 * its id, options comma-separated, e.g. `?kinds=metal-smelting&mem10-industry=metallurgy,nonferrous`.
 * Only known questions and options are read; anything else in the link is ignored.
 */
export function parseAnswers(search: string, questions: readonly SelfCheckQuestion[]): SelfCheckAnswers {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const out: Record<string, string[]> = {};
  for (const q of questions) {
    const raw = params.get(q.id);
    if (raw === null) continue;
    const wanted = new Set(raw.split(',').map((s) => s.trim()));
    const options = q.options.map((o) => o.id).filter((id) => wanted.has(id));
    if (options.length > 0) out[q.id] = q.multiple ? options : options.slice(0, 1);
  }
  return out;
}

/** The query parameters for answers (without ? or leading &), questions and options in data order. */
export function answersToQuery(answers: SelfCheckAnswers, questions: readonly SelfCheckQuestion[]): string {
  return questions
    .map((q) => {
      const chosen = q.options.map((o) => o.id).filter((id) => answers[q.id]?.includes(id));
      return chosen.length ? `${q.id}=${chosen.join(',')}` : '';
    })
    .filter(Boolean)
    .join('&');
}

/**
 * A query as a plain HTML form sends it (?kinds=a&kinds=b&mine-kind=x&mine-kind=y) in the site's link
 * form (?kinds=a,b&mine-kind=x,y), so both read the same; empty values are dropped.
 */
export function normaliseQuery(search: string): string {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const merged = new Map<string, string[]>();
  for (const [key, value] of params) {
    const values = value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length === 0) continue;
    merged.set(key, [...(merged.get(key) ?? []), ...values]);
  }
  const parts = [...merged].map(([k, v]) => `${encodeURIComponent(k)}=${[...new Set(v)].join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Kinds and answers of a checklist address (either query form). */
export function parseChecklistQuery(
  search: string,
  known: readonly string[],
  questions: readonly SelfCheckQuestion[],
): { kinds: SectorId[]; answers: SelfCheckAnswers } {
  const q = normaliseQuery(search);
  return { kinds: parseSelection(q, known), answers: parseAnswers(q, questions) };
}

/**
 * A checklist's kinds and answers as a query (?kinds=a,b&mine-kind=x), the same for the self-check page and
 * the training deck's checklist (/training/checklist/?…); '' when empty.
 */
export function checklistQuery(
  kinds: readonly SectorId[],
  answers: SelfCheckAnswers,
  questions: readonly SelfCheckQuestion[],
  known: readonly string[] = [],
): string {
  const k = selectionToQuery(kinds, known.length ? known : kinds);
  const a = answersToQuery(answers, questions);
  const query = [k.replace(/^\?/, ''), a].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
