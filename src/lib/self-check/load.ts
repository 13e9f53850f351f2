import { checkedData } from '../common/checked-data';
import { loadCriteria } from '../criteria/load';
import { loadPlan } from '../plan/load-plan';
import type { SelfCheckData } from './data';

let cached: Promise<SelfCheckData> | undefined;

/**
 * Everything the self-check selection needs, from Astro's content collections (build time only): the plan,
 * the criteria, and the `selfCheck` collection's questions, rules and links (validated and cross-checked by
 * its loader, questions in their order). Tests and scripts use loadSelfCheckFromFiles (./load-node) instead.
 */
export function loadSelfCheck(): Promise<SelfCheckData> {
  cached ??= (async () => {
    const [plan, criteria, own] = await Promise.all([
      loadPlan(),
      loadCriteria(),
      checkedData<Pick<SelfCheckData, 'questions' | 'rules' | 'links'>>('selfCheck', [
        'questions',
        'rules',
        'links',
      ]),
    ]);
    return { plan: { sectors: plan.sectors, campaigns: plan.campaigns }, criteria, ...own };
  })();
  return cached;
}
