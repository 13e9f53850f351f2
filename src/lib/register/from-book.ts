import type { SectorId } from '../../schemas';
import type { SelfCheckData } from '../self-check/data';
import { hazardsOf } from '../self-check/hazards';
import { checkItems } from '../self-check/items';
import type { SelfCheckBook } from '../self-check/record';
import { selectSelfCheck } from '../self-check/select';
import type { CheckHazards } from './register';

/** Every self-check of the book with its hazards (each check's own kinds and answers decide its items). */
export function checksWithHazards(data: SelfCheckData, book: SelfCheckBook, today: string): CheckHazards[] {
  return book.checks.map((check) => {
    const selection = selectSelfCheck(data, check.kinds as SectorId[], check.answers);
    return { check, hazards: hazardsOf(checkItems(data, selection), check, today) };
  });
}

/** The enterprise's name as the latest self-check gives it. */
export const enterpriseOf = (book: SelfCheckBook) =>
  [...book.checks]
    .reverse()
    .find((c) => c.enterprise.trim())
    ?.enterprise.trim() ?? '';
