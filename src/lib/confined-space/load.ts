import { getCollection } from 'astro:content';
import type { ConfinedSpaceData } from './data';

let cached: Promise<ConfinedSpaceData> | undefined;

/**
 * The confined-space data (types, hazards, grading rules, gas check) from Astro's content collection
 * `confinedSpace` (build time only; validated and cross-checked by its loader).
 */
export function loadConfinedSpace(): Promise<ConfinedSpaceData> {
  cached ??= (async () => {
    const entries = new Map(
      (await getCollection('confinedSpace')).map((e) => [e.id, (e.data as { value: unknown }).value]),
    );
    return {
      types: entries.get('types') as ConfinedSpaceData['types'],
      hazards: entries.get('hazards') as ConfinedSpaceData['hazards'],
      ruleSet: entries.get('ruleSet') as ConfinedSpaceData['ruleSet'],
      gasCheck: entries.get('gasCheck') as ConfinedSpaceData['gasCheck'],
    };
  })();
  return cached;
}
