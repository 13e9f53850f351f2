import { getCollection } from 'astro:content';
import { assemblePlan, type PlanData } from './plan';

let cached: Promise<PlanData> | undefined;

/** The plan from Astro's content collections (build time only). */
export function loadPlan(): Promise<PlanData> {
  cached ??= (async () => {
    const data = <T>(list: { data: T }[]) => list.map((e) => e.data);
    return assemblePlan({
      document: data(await getCollection('document')),
      sectors: data(await getCollection('sectors')),
      citations: data(await getCollection('citations')),
      campaigns: data(await getCollection('campaigns')),
      phases: data(await getCollection('phases')),
      workRequirements: data(await getCollection('workRequirements')),
      reporting: data(await getCollection('reporting')),
      annexes: data(await getCollection('annexes')),
    });
  })();
  return cached;
}
