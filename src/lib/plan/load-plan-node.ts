import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { parseYamlList } from '../common/content-loader';
import { assemblePlan, type PlanData } from './plan';
import {
  planCollectionNames,
  planCollections,
  type PlanCollection,
  type PlanEntries,
} from './plan-collections';
import { validateEntries } from '../common/validate-content';

/** Reads and validates one content file the way the build does. */
export function loadPlanFile<K extends PlanCollection>(root: string, key: K, text?: string): PlanEntries[K] {
  const file = `content/plan/${planCollections[key].file}`;
  const body = text ?? readFileSync(path.join(root, file), 'utf-8');
  return validateEntries(
    file,
    parseYamlList(file, body),
    planCollections[key].schema as z.ZodType,
  ) as PlanEntries[K];
}

/** The plan read straight from content/ (for tests and scripts, outside Astro). */
export function loadPlanFromFiles(root: string): PlanData {
  return assemblePlan(
    Object.fromEntries(planCollectionNames.map((key) => [key, loadPlanFile(root, key)])) as PlanEntries,
  );
}
