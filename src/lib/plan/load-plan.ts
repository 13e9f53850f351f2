import { getCollection } from 'astro:content';
import { assemblePlan, type PlanData } from './plan';
import { planCollectionNames, type PlanEntries } from './plan-collections';

let cached: Promise<PlanData> | undefined;

/** The plan from Astro's content collections (build time only). */
export function loadPlan(): Promise<PlanData> {
  cached ??= (async () => {
    const entries = await Promise.all(
      planCollectionNames.map(async (key) => [key, (await getCollection(key)).map((e) => e.data)] as const),
    );
    return assemblePlan(Object.fromEntries(entries) as PlanEntries);
  })();
  return cached;
}
