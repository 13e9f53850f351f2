import { checkedData } from '../common/checked-data';
import type { CriteriaData } from './criteria';

let cached: Promise<CriteriaData> | undefined;

/**
 * The criteria (第10号令, 矿山判定标准) and their documents from Astro's content collection `selfCheck`
 * (build time only): its loader has validated and cross-checked them, so pages never read content/ themselves.
 */
export function loadCriteria(): Promise<CriteriaData> {
  cached ??= checkedData<CriteriaData>('selfCheck', ['documents', 'mem10', 'mines']);
  return cached;
}
