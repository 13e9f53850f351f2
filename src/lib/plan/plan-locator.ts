import type { Campaign, CampaignSection, Requirement } from '../../schemas/campaign';
import type { PlanData } from './plan';

/**
 * Where a passage of the plan is, in the words a person or a county reads: "行动方案（一）1. 煤气设施技术档案"
 * — the plan's own numbering (the campaign's （一）, the section's 1., an item's own (3)) and the item's short
 * name (this site's 摘要 label). Slugs (#gas-archives) stay in links only; every report, workbook, 附件2 row
 * and handout says this instead.
 */

/** The leading numbering of a printed heading: "1.煤气（天然气）作业方面。" → "1."; none → "". */
const leadingNumber = (heading: string | null | undefined) =>
  /^\s*([0-9０-９]+[.．、]|[（(][一二三四五六七八九十0-9]+[）)])/.exec(heading ?? '')?.[1] ?? '';

/** A campaign item: 行动方案（一）1. 煤气设施技术档案, 行动方案（三）(2) 动火作业审批. */
export function campaignItemLocator(
  campaign: Pick<Campaign, 'number'>,
  section: Pick<CampaignSection, 'heading'> | undefined,
  item: Pick<Requirement, 'number' | 'label'>,
): string {
  const numbers = `${campaign.number}${leadingNumber(section?.heading)}${item.number ?? ''}`;
  return `行动方案${numbers} ${item.label}`;
}

/** The section of a campaign that holds an item. */
export const sectionOf = (campaign: Pick<Campaign, 'sections'>, itemId: string) =>
  campaign.sections.find((s) => s.items.some((i) => i.id === itemId));

/** The locator of a campaign item by its id, or null when no campaign holds it. */
export function requirementLocator(plan: Pick<PlanData, 'campaigns'>, itemId: string): string | null {
  for (const c of plan.campaigns) {
    const section = sectionOf(c, itemId);
    const item = section?.items.find((i) => i.id === itemId);
    if (item) return campaignItemLocator(c, section, item);
  }
  return null;
}

const trimStop = (s: string) => s.replace(/[。．.]\s*$/, '');

/**
 * Every anchor of the plan's full text (buildFullText) → its locator. Outside the campaigns the top-level
 * number is kept (三（一）自查自改阶段 is not 二（一）), e.g. 行动方案三、组织方式（一）自查自改阶段.
 */
export function planLocators(plan: PlanData): Map<string, string> {
  const d = plan.document;
  const out = new Map<string, string>();
  const put = (id: string, text: string) => out.set(id, text);
  for (const id of [
    'notice-header',
    'notice-title',
    'notice-number',
    'notice-addressees',
    'notice-body',
    'notice-signature',
    'notice-date',
    'notice-publication',
  ])
    put(id, '印发通知');
  put('plan-title', '行动方案标题');
  put(d.preamble.id, '行动方案开头');
  for (const s of [d.general, d.scope, d.organisation, d.work]) {
    put(s.id, `行动方案${s.number}${s.title}`);
    s.paragraphs.forEach((p, i) =>
      put(p.id, `行动方案${s.number}${s.title}${s.paragraphs.length > 1 ? `第 ${i + 1} 段` : ''}`),
    );
  }
  for (const c of plan.campaigns) {
    put(`campaign-${c.id}`, `行动方案${c.number}${c.title}`);
    put(`campaign-${c.id}-scope`, `行动方案${c.number}整治范围`);
    for (const s of c.sections) {
      if (s.heading !== null) put(`section-${s.id}`, `行动方案${c.number}${trimStop(s.heading)}`);
      for (const item of s.items) {
        put(item.id, campaignItemLocator(c, s, item));
        put(`p-${item.id}`, campaignItemLocator(c, s, item));
      }
    }
  }
  const top = (s: { number: string }) => s.number.replace(/、$/, '');
  for (const phase of plan.phases)
    phase.paragraphs.forEach((p) => put(p.id, `行动方案${top(d.organisation)}${phase.number}${phase.title}`));
  for (const w of plan.workRequirements)
    w.paragraphs.forEach((p) => put(p.id, `行动方案${top(d.work)}${w.number}${w.title}`));
  for (const id of ['contacts-people', 'contacts-phone', 'contacts-email']) put(id, '行动方案联系人');
  for (const a of plan.annexes) put(`annex-list-${a.number}`, `行动方案附件${a.number}`);
  return out;
}
