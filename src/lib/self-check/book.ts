import { duplicateSelfCheck } from './hazards';
import { emptySelfCheck, type ItemResult, type SelfCheck, type SelfCheckBook } from './record';

/** Book operations: pure, each returns a new book (the island saves it through the DraftStore). */

export const currentCheck = (book: SelfCheckBook): SelfCheck | undefined =>
  book.checks.find((c) => c.id === book.current);

export function updateCheck(
  book: SelfCheckBook,
  id: string,
  patch: Partial<Omit<SelfCheck, 'id'>>,
): SelfCheckBook {
  return { ...book, checks: book.checks.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

/** Records a change to one item's result (status, hazard fields, photos). */
export function updateResult(
  book: SelfCheckBook,
  id: string,
  itemId: string,
  patch: Partial<ItemResult>,
): SelfCheckBook {
  return {
    ...book,
    checks: book.checks.map((c) => {
      if (c.id !== id) return c;
      const before = c.results[itemId] ?? { status: '未检查' as const };
      const after = { ...before, ...patch };
      const results = { ...c.results };
      // Nothing recorded but 未检查: keep the draft small.
      if (after.status === '未检查' && Object.keys(after).length === 1) delete results[itemId];
      else results[itemId] = after;
      return { ...c, results };
    }),
  };
}

/** A new, empty self-check (kinds and answers as given), opened. */
export function addCheck(
  book: SelfCheckBook,
  id: string,
  date: string,
  createdAt: string,
  from: Partial<Pick<SelfCheck, 'enterprise' | 'inspectors' | 'kinds' | 'answers'>> = {},
): SelfCheckBook {
  const check = { ...emptySelfCheck(id, date, createdAt), ...from };
  return { current: id, checks: [...book.checks, check] };
}

/** A copy for next month: the open hazards' items (`carry`, openHazardItems) carry over, opened. */
export function duplicateCheck(
  book: SelfCheckBook,
  sourceId: string,
  id: string,
  date: string,
  createdAt: string,
  carry: readonly string[],
): SelfCheckBook {
  const source = book.checks.find((c) => c.id === sourceId);
  if (!source) return book;
  return { current: id, checks: [...book.checks, duplicateSelfCheck(source, id, date, createdAt, carry)] };
}

/** Deletes one; the one before it (or the first) opens. */
export function removeCheck(book: SelfCheckBook, id: string): SelfCheckBook {
  const index = book.checks.findIndex((c) => c.id === id);
  if (index < 0) return book;
  const checks = book.checks.filter((c) => c.id !== id);
  const current = book.current === id ? (checks[Math.max(0, index - 1)]?.id ?? '') : book.current;
  return { current, checks };
}

/** Adds an imported self-check (a new id when this browser already has one with its id), opened. */
export function importCheck(book: SelfCheckBook, check: SelfCheck, freshId: string): SelfCheckBook {
  const id = book.checks.some((c) => c.id === check.id) ? freshId : check.id;
  return { current: id, checks: [...book.checks, { ...check, id }] };
}
