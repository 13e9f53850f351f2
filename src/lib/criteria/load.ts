import { checkedData } from '../common/checked-data';
import type { CriteriaData } from './criteria';
import type { ReferenceArticle } from './reference-articles';

let cached: Promise<CriteriaData> | undefined;

/**
 * The criteria (第10号令, 矿山判定标准) and their documents from Astro's content collection `selfCheck`
 * (build time only): its loader has validated and cross-checked them, so pages never read content/ themselves.
 */
export function loadCriteria(): Promise<CriteriaData> {
  cached ??= checkedData<CriteriaData>('selfCheck', ['documents', 'mem10', 'mines']);
  return cached;
}

let articles: Promise<{ mem13: ReferenceArticle[]; gb46768: ReferenceArticle[] }> | undefined;

/** 第13号令 and GB 46768-2025 as articles and clauses, from the collection `referenceTexts` (build time only). */
export function loadReferenceArticles() {
  articles ??= checkedData<{ mem13: ReferenceArticle[]; gb46768: ReferenceArticle[] }>('referenceTexts', [
    'mem13',
    'gb46768',
  ]);
  return articles;
}
