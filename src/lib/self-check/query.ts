import type { SelfCheckQuestion } from '../../schemas/self-check';
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
