import { annex2Row } from '../self-check/annex2';
import type { SelfCheck } from '../self-check/record';
import type { RegisterHazard } from './register';

/**
 * The register's 重大 hazards, open and closed, as 附件2 rows — the same row a self-check makes (annex2Row),
 * dated by the self-check that found it, with the register's status: a closed one reads
 * 已整改（已验收销号：验收人，验收日期）. Only checklist hazards can be 重大 (a walk-round hazard is 一般).
 */
export function registerAnnex2Rows(
  hazards: readonly RegisterHazard[],
  checks: readonly SelfCheck[],
  sectorName: (id: string) => string,
): Record<string, string>[] {
  return hazards.flatMap((h) => {
    const source = h.source;
    if (h.level !== '重大' || source.kind !== 'check') return [];
    const found = checks.find((c) => c.id === source.checks[0]?.id);
    return [
      annex2Row({
        date: h.foundDate,
        enterprise: found?.enterprise ?? '',
        industry: (found?.kinds ?? []).map(sectorName).join('、'),
        description: h.description,
        source: source.citation,
        deadline: h.deadline,
        progress: h.acceptance ? `已整改（已验收销号：${h.acceptance.by}，${h.acceptance.date}）` : h.status,
        measure: h.measure,
      }),
    ];
  });
}
