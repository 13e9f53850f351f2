import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { gradingRuleSetSchema, hazardSchema, spaceTypeSchema } from '../../schemas/confined-space';
import { gasCheckSpecSchema } from '../../schemas/gas-check';
import { parseYamlList, parseYamlObject } from '../common/content-loader';
import { loadCriteriaFromFiles } from '../criteria/load-node';
import { loadPlanFromFiles } from '../plan/load-plan-node';
import { validateEntries } from '../common/validate-content';
import { assembleConfinedSpace, confinedSpaceFiles, type ConfinedSpaceData } from './data';

const read = (root: string, file: string, text?: string) =>
  text ?? readFileSync(path.join(root, file), 'utf-8');

/** One list file (space-types, hazards), validated with file, entry and field named on error. */
export function loadConfinedSpaceList<K extends 'types' | 'hazards'>(root: string, key: K, text?: string) {
  const file = confinedSpaceFiles[key];
  const schema = key === 'types' ? spaceTypeSchema : hazardSchema;
  return validateEntries(
    file,
    parseYamlList(file, read(root, file, text)),
    schema as z.ZodType,
  ) as K extends 'types' ? z.infer<typeof spaceTypeSchema>[] : z.infer<typeof hazardSchema>[];
}

/** One object file (grading-rules, gas-check), validated the same way. */
export function loadConfinedSpaceObject<K extends 'ruleSet' | 'gasCheck'>(
  root: string,
  key: K,
  text?: string,
) {
  const file = confinedSpaceFiles[key];
  const schema = key === 'ruleSet' ? gradingRuleSetSchema : gasCheckSpecSchema;
  const [value] = validateEntries(file, [parseYamlObject(file, read(root, file, text))], schema as z.ZodType);
  return value as K extends 'ruleSet'
    ? z.infer<typeof gradingRuleSetSchema>
    : z.infer<typeof gasCheckSpecSchema>;
}

/** The confined-space data read straight from content/ and cross-checked (for tests and scripts). */
export function loadConfinedSpaceFromFiles(root: string): ConfinedSpaceData {
  const plan = loadPlanFromFiles(root);
  const { documents } = loadCriteriaFromFiles(root);
  return assembleConfinedSpace(
    {
      types: loadConfinedSpaceList(root, 'types'),
      hazards: loadConfinedSpaceList(root, 'hazards'),
      ruleSet: loadConfinedSpaceObject(root, 'ruleSet'),
      gasCheck: loadConfinedSpaceObject(root, 'gasCheck'),
    },
    {
      documents: documents.map((d) => d.id),
      planItems: plan.campaigns.flatMap((c) => c.sections.flatMap((s) => s.items.map((i) => i.id))),
    },
  );
}
