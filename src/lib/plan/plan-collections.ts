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
} from '../../schemas';
import type { PlanData } from './plan';

/**
 * The plan's collections, listed once: each PlanData field, the file of content/plan/ it comes from
 * (named after what the plan calls that part) and its schema. The Astro content config, the build's
 * loadPlan and the Node loader (tests, scripts) all read this list.
 */
export const planCollections = {
  document: { file: 'document.yaml', schema: documentSchema },
  sectors: { file: 'sectors.yaml', schema: sectorSchema },
  citations: { file: 'citations.yaml', schema: citationSchema },
  campaigns: { file: 'campaigns.yaml', schema: campaignSchema },
  phases: { file: 'phases.yaml', schema: phaseSchema },
  workRequirements: { file: 'work-requirements.yaml', schema: workRequirementSchema },
  reporting: { file: 'reporting.yaml', schema: reportingSchema },
  annexes: { file: 'annexes.yaml', schema: annexSchema },
} as const satisfies Record<keyof PlanData, { file: string; schema: z.ZodType }>;

export type PlanCollection = keyof typeof planCollections;
export const planCollectionNames = Object.keys(planCollections) as PlanCollection[];

/** Raw entries of every collection → the plan (document is a one-entry list). */
export type PlanEntries = { [K in PlanCollection]: z.infer<(typeof planCollections)[K]['schema']>[] };
