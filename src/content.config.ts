import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { confinedSpaceFiles } from './lib/confined-space/data';
import { loadConfinedSpaceFromFiles } from './lib/confined-space/load-node';
import { checkedDataLoader, yamlFolderLoader, yamlLoader } from './lib/common/content-loader';
import { loadSelfCheckFromFiles } from './lib/self-check/load-node';
import { loadReferenceArticlesFromFiles, referenceDir } from './lib/criteria/load-node';
import { selfCheckFiles } from './lib/self-check/data';
import { planCollectionNames, planCollections } from './lib/plan/plan-collections';
import { annexLayoutSchema } from './schemas/annex-layout';

/** One collection per file of content/plan/ (listed once, in src/lib/plan/plan-collections.ts). */
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
  /** The form layouts, one file each; a form's id is its file name. Read by the form engine (src/lib/table). */
  annexLayouts: defineCollection({
    loader: yamlFolderLoader('content/annexes', annexLayoutSchema),
    schema: annexLayoutSchema,
  }),
  /**
   * The criteria (第10号令, 矿山判定标准), the self-check questions, rules and plan links: entries
   * documents, mem10, mines, questions, rules, links (each { value }). Validated and cross-checked like
   * loadSelfCheckFromFiles, so bad criteria data fails the build even if no page reads it.
   */
  selfCheck: defineCollection({
    loader: checkedDataLoader(Object.values(selfCheckFiles), (root) => {
      const { criteria, questions, rules, links } = loadSelfCheckFromFiles(root);
      return { ...criteria, questions, rules, links };
    }),
  }),
  /** 第13号令 and GB 46768-2025 as their articles and clauses (mem13, gb46768), read from the transcriptions. */
  referenceTexts: defineCollection({
    loader: checkedDataLoader(
      [
        `${referenceDir}/03-gongmao-youxian-kongjian-zuoye-anquan-guiding-mem13.md`,
        `${referenceDir}/07-gb46768-2025-full.md`,
      ],
      (root) => loadReferenceArticlesFromFiles(root),
    ),
  }),
  /** The confined-space data (types, hazards, ruleSet, gasCheck), validated and cross-checked the same way. */
  confinedSpace: defineCollection({
    loader: checkedDataLoader(Object.values(confinedSpaceFiles), (root) => ({
      ...loadConfinedSpaceFromFiles(root),
    })),
  }),
};
