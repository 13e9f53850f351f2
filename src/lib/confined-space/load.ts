import { checkedData } from '../common/checked-data';
import type { ConfinedSpaceData } from './data';

let cached: Promise<ConfinedSpaceData> | undefined;

/**
 * The confined-space data (types, hazards, grading rules, gas check) from Astro's content collection
 * `confinedSpace` (build time only; validated and cross-checked by its loader).
 */
export function loadConfinedSpace(): Promise<ConfinedSpaceData> {
  cached ??= checkedData<ConfinedSpaceData>('confinedSpace', ['types', 'hazards', 'ruleSet', 'gasCheck']);
  return cached;
}
