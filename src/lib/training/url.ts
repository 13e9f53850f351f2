import type { SectorId } from '../../schemas';
import type { SelfCheckQuestion } from '../../schemas/self-check';
import { checklistQuery } from '../self-check/query';
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
  return `/training/checklist/${checklistQuery(list.kinds, list.answers, questions, known)}`;
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
