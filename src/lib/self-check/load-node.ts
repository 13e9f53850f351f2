import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { planCriteriaLinkSchema, scopeRuleSchema, selfCheckQuestionSchema } from '../../schemas/self-check';
import { parseYamlList } from '../common/content-loader';
import { validateEntries } from '../common/validate-content';
import { criteriaSchemas, loadCriteriaFromFiles } from '../criteria/load-node';
import { loadPlanFromFiles } from '../plan/load-plan-node';
import { assembleSelfCheck, selfCheckFiles, type SelfCheckData } from './data';

/** The schema of each content file the self-check reads (the criteria's own and the self-check's). */
export const selfCheckSchemas = {
  ...criteriaSchemas,
  links: planCriteriaLinkSchema,
  questions: selfCheckQuestionSchema,
  rules: scopeRuleSchema,
} satisfies Record<keyof typeof selfCheckFiles, z.ZodType>;

/** Reads and validates one file the way the build should (file, entry and field named on error). */
export function loadSelfCheckFile<K extends keyof typeof selfCheckFiles>(
  root: string,
  key: K,
  text?: string,
) {
  const file = selfCheckFiles[key];
  const body = text ?? readFileSync(path.join(root, file), 'utf-8');
  return validateEntries(file, parseYamlList(file, body), selfCheckSchemas[key] as z.ZodType) as z.infer<
    (typeof selfCheckSchemas)[K]
  >[];
}

/** Everything the self-check selection needs, read from content/ and cross-checked (for tests and scripts). */
export function loadSelfCheckFromFiles(root: string): SelfCheckData {
  const plan = loadPlanFromFiles(root);
  return assembleSelfCheck({
    plan,
    criteria: loadCriteriaFromFiles(root),
    questions: loadSelfCheckFile(root, 'questions'),
    rules: loadSelfCheckFile(root, 'rules'),
    links: loadSelfCheckFile(root, 'links'),
  });
}
