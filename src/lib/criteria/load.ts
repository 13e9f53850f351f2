import { getCollection } from 'astro:content';
import type { CriteriaData } from './criteria';

let cached: Promise<CriteriaData> | undefined;

/**
 * The criteria (第10号令, 矿山判定标准) and their documents from Astro's content collection `selfCheck`
 * (build time only): its loader has validated and cross-checked them, so pages never read content/ themselves.
 */
export function loadCriteria(): Promise<CriteriaData> {
  cached ??= (async () => {
    const entries = new Map(
      (await getCollection('selfCheck')).map((e) => [e.id, (e.data as { value: unknown }).value]),
    );
    return {
      documents: entries.get('documents') as CriteriaData['documents'],
      mem10: entries.get('mem10') as CriteriaData['mem10'],
      mines: entries.get('mines') as CriteriaData['mines'],
    };
  })();
  return cached;
}
