import type { AnnexLayout } from '../../schemas/annex-layout';
import type { AnnexData } from '../table/data';

/**
 * 台账 (附件3) data for tests and the bench: `spaces` as [名称, 数量, 风险等级]; 作业形式 alternates.
 * Not used by pages.
 */
export function ledgerData(
  layout: AnnexLayout,
  enterprise: string,
  spaces: readonly (readonly [string, string, string])[],
): AnnexData {
  return {
    annex: layout.id,
    fields: { enterprise },
    rows: spaces.map(([name, quantity, risk], i) => ({
      id: `r${i + 1}`,
      cells: {
        name,
        location: `${i + 1}号车间`,
        quantity,
        hazards: '硫化氢、缺氧',
        consequences: '中毒窒息',
        mode: i % 2 ? '外包作业' : '自主作业',
        risk,
        approver: '张三',
      },
    })),
  };
}

/** A ledger of `n` rows cycling 高/中/低 with 数量 1, 2, 3. */
export const generatedLedger = (layout: AnnexLayout, enterprise: string, n: number) =>
  ledgerData(
    layout,
    enterprise,
    Array.from(
      { length: n },
      (_, i) => [`${i + 1}号井`, String((i % 3) + 1), ['高', '中', '低'][i % 3]!] as const,
    ),
  );
