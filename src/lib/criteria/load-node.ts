import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { mem10ArticleSchema, mineSectionSchema } from '../../schemas/criteria';
import { referenceDocumentSchema } from '../../schemas/reference';
import { parseYamlList } from '../common/content-loader';
import { validateEntries } from '../common/validate-content';
import type { CriteriaData } from './criteria';
import { checkLawsInForce } from './law-in-force';
import { clauseText, quoteInClause } from './reference-text';
import { referenceArticles, type ReferenceArticle } from './reference-articles';

import { criteriaFiles } from './files';

export { criteriaFiles };

export const criteriaSchemas = {
  documents: referenceDocumentSchema,
  mem10: mem10ArticleSchema,
  mines: mineSectionSchema,
} satisfies Record<keyof typeof criteriaFiles, z.ZodType>;

/** Reads and validates one criteria file the way the build should (file, entry and field named on error). */
export function loadCriteriaFile<K extends keyof typeof criteriaFiles>(root: string, key: K, text?: string) {
  const file = criteriaFiles[key];
  const body = text ?? readFileSync(path.join(root, file), 'utf-8');
  return validateEntries(file, parseYamlList(file, body), criteriaSchemas[key] as z.ZodType) as z.infer<
    (typeof criteriaSchemas)[K]
  >[];
}

/** Where the verbatim reference texts are kept (content/references/documents.yaml names files here). */
export const referenceDir = 'content/source/reference';

/** The criteria read straight from content/; a reference file that is not there fails with its name. */
export function loadCriteriaFromFiles(root: string): CriteriaData {
  const documents = loadCriteriaFile(root, 'documents');
  const missing = documents.flatMap((d) =>
    d.files
      .filter((f) => !existsSync(path.join(root, referenceDir, f)))
      .map(
        (f) => `内容文件 ${criteriaFiles.documents}（id: ${d.id}）字段 files：找不到 ${referenceDir}/${f}`,
      ),
  );
  if (missing.length > 0) throw new Error(`参考文本缺失（${missing.length} 处）：\n${missing.join('\n')}`);
  const dates = checkLawsInForce(
    documents,
    (f) => readFileSync(path.join(root, referenceDir, f), 'utf-8'),
    quoteInClause,
  );
  if (dates.length > 0)
    throw new Error(`施行日期与参考文本不符（${dates.length} 处）：\n${dates.join('\n')}`);
  return { documents, mem10: loadCriteriaFile(root, 'mem10'), mines: loadCriteriaFile(root, 'mines') };
}

/**
 * One article, paragraph, item or clause of a reference text (第七条第三款, 第六条（四）, 5.1.1), verbatim
 * without its leading number, for a page to quote; throws, naming it, when the transcription lacks it.
 */
export function referenceClause(
  root: string,
  documents: CriteriaData['documents'],
  documentId: string,
  clause: string,
): string {
  const doc = documents.find((d) => d.id === documentId);
  const text = doc
    ? doc.files
        .map((f) => clauseText(readFileSync(path.join(root, referenceDir, f), 'utf-8'), clause))
        .find((t) => t !== undefined)
    : undefined;
  if (text === undefined) throw new Error(`参考文本 ${documentId} 中没有 ${clause}`);
  // The transcription says the text was not obtained (〔原文未取得〕): never quote that as the law.
  if (text.includes('原文未取得')) throw new Error(`参考文本 ${documentId} 的 ${clause} 原文未取得`);
  return text
    .replace(/^(第[一二三四五六七八九十百]+条|\d+(\.\d+)+) /, '')
    .replace(/^（[一二三四五六七八九十]+）/, '');
}

/** The documents shown whole on a criteria page from their transcription (the others are data in content/criteria). */
export const wholeReferenceDocuments = ['mem13', 'gb46768'] as const;

/**
 * Each of those documents as its articles or clauses, from the first transcription file documents.yaml names
 * for it (the full text, not the excerpt files); a document with no article read fails with its name.
 */
export function loadReferenceArticlesFromFiles(
  root: string,
): Record<(typeof wholeReferenceDocuments)[number], ReferenceArticle[]> {
  const documents = loadCriteriaFile(root, 'documents');
  const read = (id: (typeof wholeReferenceDocuments)[number]) => {
    const doc = documents.find((d) => d.id === id);
    if (!doc) throw new Error(`内容文件 ${criteriaFiles.documents} 没有 id 为 ${id} 的文件`);
    const articles = referenceArticles(
      readFileSync(path.join(root, referenceDir, doc.files[0]!), 'utf-8'),
      id,
    );
    if (articles.length === 0) throw new Error(`参考文本 ${referenceDir}/${doc.files[0]} 中没有读到任何条文`);
    return articles;
  };
  return { mem13: read('mem13'), gb46768: read('gb46768') };
}
