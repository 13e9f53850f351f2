import type { Hazard, SpaceType, GradingRuleSet } from '../../schemas/confined-space';
import type { GasCheckSpec } from '../../schemas/gas-check';
import type { ReferenceQuote } from '../../schemas/reference';

/** The confined-space data as validated (content/confined-space/). */
export interface ConfinedSpaceData {
  types: SpaceType[];
  hazards: Hazard[];
  ruleSet: GradingRuleSet;
  gasCheck: GasCheckSpec;
}

/** Content files, relative to the project root. */
export const confinedSpaceFiles = {
  types: 'content/confined-space/space-types.yaml',
  hazards: 'content/confined-space/hazards.yaml',
  ruleSet: 'content/confined-space/grading-rules.yaml',
  gasCheck: 'content/confined-space/gas-check.yaml',
} as const;

/** What a quote may point at: reference document ids and the plan's requirement item ids. */
export interface QuoteTargets {
  documents: readonly string[];
  planItems: readonly string[];
}

function checkQuotes(where: string, field: string, quotes: readonly ReferenceQuote[], targets: QuoteTargets) {
  const problems: string[] = [];
  quotes.forEach((q, i) => {
    if ('item' in q) {
      if (!targets.planItems.includes(q.item))
        problems.push(`${where}字段 ${field}[${i}].item：方案中没有要求条目 ${q.item}`);
    } else if (!targets.documents.includes(q.document)) {
      problems.push(
        `${where}字段 ${field}[${i}].document：content/references/documents.yaml 中没有 ${q.document}`,
      );
    }
  });
  return problems;
}

/**
 * Cross-reference problems in Chinese, each naming the file, entry and field: a rule or type naming a
 * type or hazard that is not listed, or citing a document or plan item that does not exist.
 */
export function checkConfinedSpaceIntegrity(data: ConfinedSpaceData, targets: QuoteTargets): string[] {
  const problems: string[] = [];
  const typeIds = new Set(data.types.map((t) => t.id));
  const hazardIds = new Set(data.hazards.map((h) => h.id));
  for (const t of data.types) {
    const where = `内容文件 ${confinedSpaceFiles.types}（id: ${t.id}）`;
    for (const h of t.suggestedHazards)
      if (!hazardIds.has(h)) problems.push(`${where}字段 suggestedHazards：hazards.yaml 中没有 ${h}`);
    problems.push(...checkQuotes(where, 'basis', t.basis, targets));
  }
  const ruleIds = new Set<string>();
  for (const [i, rule] of data.ruleSet.rules.entries()) {
    const where = `内容文件 ${confinedSpaceFiles.ruleSet} 规则 rules[${i}]（id: ${rule.id}）`;
    if (ruleIds.has(rule.id)) problems.push(`${where}：id 重复`);
    ruleIds.add(rule.id);
    for (const t of rule.when.types ?? [])
      if (!typeIds.has(t)) problems.push(`${where}字段 when.types：space-types.yaml 中没有 ${t}`);
    for (const h of rule.when.hazards ?? [])
      if (!hazardIds.has(h)) problems.push(`${where}字段 when.hazards：hazards.yaml 中没有 ${h}`);
    problems.push(...checkQuotes(where, 'basis', rule.basis, targets));
  }
  problems.push(
    ...checkQuotes(
      `内容文件 ${confinedSpaceFiles.ruleSet} fallback `,
      'basis',
      data.ruleSet.fallback.basis,
      targets,
    ),
  );
  if (!targets.documents.includes(data.gasCheck.document))
    problems.push(
      `内容文件 ${confinedSpaceFiles.gasCheck} 字段 document：content/references/documents.yaml 中没有 ${data.gasCheck.document}`,
    );
  return problems;
}

/** Checks the data and returns it sorted; throws one Error listing every broken reference. */
export function assembleConfinedSpace(data: ConfinedSpaceData, targets: QuoteTargets): ConfinedSpaceData {
  const problems = checkConfinedSpaceIntegrity(data, targets);
  if (problems.length > 0)
    throw new Error(`有限空间数据交叉引用检查失败（${problems.length} 处）：\n${problems.join('\n')}`);
  const byOrder = <T extends { order: number }>(list: T[]) => [...list].sort((a, b) => a.order - b.order);
  return { ...data, types: byOrder(data.types), hazards: byOrder(data.hazards) };
}
