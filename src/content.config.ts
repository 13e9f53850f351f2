import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { yamlFolderLoader, yamlLoader } from './lib/content-loader';
import { planCollectionNames, planCollections } from './lib/plan-collections';
import { annexLayoutSchema } from './schemas/annex-layout';

/** One collection per file of content/plan/ (listed once, in src/lib/plan-collections.ts). */
const plan = Object.fromEntries(
  planCollectionNames.map((key) => {
    const { file, schema } = planCollections[key];
    return [key, defineCollection({ loader: yamlLoader(`content/plan/${file}`, schema), schema })];
  }),
) as { [K in keyof typeof planCollections]: ReturnType<typeof defineCollection> };

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  ...plan,
  /** The form layouts, one file each; a form's id is its file name. Read by the form engine (src/lib/forms). */
  annexLayouts: defineCollection({
    loader: yamlFolderLoader('content/annexes', annexLayoutSchema),
    schema: annexLayoutSchema,
  }),
};
