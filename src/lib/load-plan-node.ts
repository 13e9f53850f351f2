import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  annexSchema,
  campaignSchema,
  citationSchema,
  documentSchema,
  phaseSchema,
  reportingSchema,
  sectorSchema,
  workRequirementSchema,
} from '../schemas';
import { parseYamlList } from './content-loader';
import { assemblePlan, planFiles, type PlanData } from './plan';
import { validateEntries } from './validate';

export const schemas = {
  document: documentSchema,
  sectors: sectorSchema,
  citations: citationSchema,
  campaigns: campaignSchema,
  phases: phaseSchema,
  workRequirements: workRequirementSchema,
  reporting: reportingSchema,
  annexes: annexSchema,
} satisfies Record<keyof typeof planFiles, z.ZodType>;

/** Reads and validates one content file the way the build does. */
export function loadPlanFile<K extends keyof typeof planFiles>(root: string, key: K, text?: string) {
  const file = `content/plan/${planFiles[key]}`;
  const body = text ?? readFileSync(path.join(root, file), 'utf-8');
  return validateEntries(file, parseYamlList(file, body), schemas[key] as z.ZodType) as z.infer<
    (typeof schemas)[K]
  >[];
}

/** The plan read straight from content/ (for tests and scripts, outside Astro). */
export function loadPlanFromFiles(root: string): PlanData {
  return assemblePlan({
    document: loadPlanFile(root, 'document'),
    sectors: loadPlanFile(root, 'sectors'),
    citations: loadPlanFile(root, 'citations'),
    campaigns: loadPlanFile(root, 'campaigns'),
    phases: loadPlanFile(root, 'phases'),
    workRequirements: loadPlanFile(root, 'workRequirements'),
    reporting: loadPlanFile(root, 'reporting'),
    annexes: loadPlanFile(root, 'annexes'),
  });
}
