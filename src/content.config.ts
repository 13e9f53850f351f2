import { defineCollection } from 'astro:content';
import type { z } from 'zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { yamlFolderLoader, yamlLoader } from './lib/content-loader';
import { annexLayoutSchema } from './schemas/annex-layout';
import {
  annexSchema,
  campaignSchema,
  citationSchema,
  documentSchema,
  phaseSchema,
  reportingSchema,
  sectorSchema,
  workRequirementSchema,
} from './schemas';

/** One collection per file of content/plan/; file names match what the plan calls each part. */
const plan = <S extends z.ZodType>(file: string, schema: S) => ({
  loader: yamlLoader(`content/plan/${file}`, schema),
  schema,
});

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  document: defineCollection(plan('document.yaml', documentSchema)),
  sectors: defineCollection(plan('sectors.yaml', sectorSchema)),
  citations: defineCollection(plan('citations.yaml', citationSchema)),
  campaigns: defineCollection(plan('campaigns.yaml', campaignSchema)),
  phases: defineCollection(plan('phases.yaml', phaseSchema)),
  workRequirements: defineCollection(plan('work-requirements.yaml', workRequirementSchema)),
  reporting: defineCollection(plan('reporting.yaml', reportingSchema)),
  annexes: defineCollection(plan('annexes.yaml', annexSchema)),
  /** 附件1–5 table layouts, one file each, read by the form engine (src/lib/forms). */
  annexLayouts: defineCollection({
    loader: yamlFolderLoader('content/annexes', annexLayoutSchema),
    schema: annexLayoutSchema,
  }),
};
