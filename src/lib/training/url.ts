import type { SectorId } from '../../schemas';
import type { SelfCheckQuestion } from '../../schemas/self-check';
import { parseSelection, selectionToQuery } from '../plan';
import { answersToQuery, parseAnswers } from '../self-check/query';
import type { SelfCheckAnswers } from '../self-check/select';

/**
 * Addresses of the 培训投影 decks:
 *   /training/plan/                 the plan's full text
 *   /training/sectors/<id>/         a sector page
 *   /training/checklist/?kinds=…&<question>=…   a 自查 checklist (same parameters as the self-check)
 * and #N (1-based screen number) opens the deck at that screen; #<slide id> (e.g. #gas-alarm) works too.
 */
export type TrainingList =
  | { kind: 'plan' }
  | { kind: 'sector'; sector: SectorId }
  | { kind: 'checklist'; kinds: readonly SectorId[]; answers: SelfCheckAnswers };

export function trainingHref(
  list: TrainingList,
  questions: readonly SelfCheckQuestion[] = [],
  known: readonly string[] = [],
): string {
  if (list.kind === 'plan') return '/training/plan/';
  if (list.kind === 'sector') return `/training/sectors/${list.sector}/`;
  const kinds = selectionToQuery(list.kinds, known.length ? known : list.kinds);
  const answers = answersToQuery(list.answers, questions);
  const query = [kinds.replace(/^\?/, ''), answers].filter(Boolean).join('&');
  return `/training/checklist/${query ? `?${query}` : ''}`;
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

/** The hash for a screen (0-based index): #5 for the fifth. */
export function slideHash(index: number): string {
  return `#${index + 1}`;
}

/**
 * The screen a hash opens (0-based), or null when it names none: #5 → 4 (a number past the end opens the
 * last screen), #gas-alarm → the screen with that id. An empty hash opens nothing.
 */
export function slideFromHash(hash: string, slideIds: readonly string[]): number | null {
  let ref = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    ref = decodeURIComponent(ref);
  } catch {
    return null;
  }
  if (ref === '' || slideIds.length === 0) return null;
  if (/^\d+$/.test(ref)) {
    const n = Number(ref);
    if (n < 1) return null;
    return Math.min(n, slideIds.length) - 1;
  }
  const i = slideIds.indexOf(ref);
  return i >= 0 ? i : null;
}
