import { getCollection } from 'astro:content';
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
    const entries = new Map(
      (await getCollection('selfCheck')).map((e) => [e.id, (e.data as { value: unknown }).value]),
    );
    const [plan, criteria] = await Promise.all([loadPlan(), loadCriteria()]);
    return {
      plan: { sectors: plan.sectors, campaigns: plan.campaigns },
      criteria,
      questions: entries.get('questions') as SelfCheckData['questions'],
      rules: entries.get('rules') as SelfCheckData['rules'],
      links: entries.get('links') as SelfCheckData['links'],
    };
  })();
  return cached;
}
