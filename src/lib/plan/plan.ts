import type {
  Annex,
  Campaign,
  CampaignSection,
  Citation,
  Phase,
  PlanDocument,
  Reporting,
  Requirement,
  Sector,
  SectorId,
  WorkRequirement,
} from '../../schemas';

/** The whole plan as validated data: what every page and test reads. */
export interface PlanData {
  document: PlanDocument;
  sectors: Sector[];
  citations: Citation[];
  campaigns: Campaign[];
  phases: Phase[];
  workRequirements: WorkRequirement[];
  reporting: Reporting[];
  annexes: Annex[];
}

const byOrder = <T extends { order: number }>(list: T[]) => [...list].sort((a, b) => a.order - b.order);

/** Sorts every list into the plan's order and checks cross references; throws on any broken one. */
export function assemblePlan(raw: Omit<PlanData, 'document'> & { document: PlanDocument[] }): PlanData {
  if (raw.document.length !== 1)
    throw new Error(
      `内容文件 content/plan/document.yaml：应只有一项（id: plan），实际 ${raw.document.length} 项`,
    );
  const plan: PlanData = {
    document: raw.document[0]!,
    sectors: byOrder(raw.sectors),
    citations: raw.citations,
    campaigns: byOrder(raw.campaigns),
    phases: byOrder(raw.phases),
    workRequirements: byOrder(raw.workRequirements),
    reporting: byOrder(raw.reporting),
    annexes: [...raw.annexes].sort((a, b) => a.number - b.number),
  };
  const problems = checkPlanIntegrity(plan);
  if (problems.length > 0)
    throw new Error(`内容交叉引用检查失败（${problems.length} 处）：\n${problems.join('\n')}`);
  return plan;
}

export function allRequirements(plan: PlanData): { campaign: Campaign; requirement: Requirement }[] {
  return plan.campaigns.flatMap((campaign) =>
    campaign.sections.flatMap((section) => section.items.map((requirement) => ({ campaign, requirement }))),
  );
}

/** Every paragraph with an id that a reporting obligation or task may quote. */
export function quotableParagraphs(plan: PlanData): Map<string, string> {
  const map = new Map<string, string>();
  for (const phase of plan.phases) for (const p of phase.paragraphs) map.set(p.id, p.text);
  for (const w of plan.workRequirements) for (const p of w.paragraphs) map.set(p.id, p.text);
  return map;
}

/** Cross-reference problems, each naming the file and the field. Empty when the plan is consistent. */
export function checkPlanIntegrity(plan: PlanData): string[] {
  const problems: string[] = [];
  const citationIds = new Set(plan.citations.map((c) => c.id));
  const sectorIds = new Set(plan.sectors.map((s) => s.id));
  const campaignIds = new Set(plan.campaigns.map((c) => c.id));
  const reportingIds = new Set(plan.reporting.map((r) => r.id));
  const annexNumbers = new Set(plan.annexes.map((a) => a.number));
  const paragraphs = quotableParagraphs(plan);

  const itemIds = new Map<string, string>();
  for (const { campaign, requirement } of allRequirements(plan)) {
    const where = `内容文件 content/plan/campaigns.yaml（id: ${campaign.id}）要求条目 ${requirement.id}`;
    if (itemIds.has(requirement.id))
      problems.push(`${where}：id 与 ${itemIds.get(requirement.id)} 中的条目重复`);
    itemIds.set(requirement.id, campaign.id);
    for (const s of requirement.standards) {
      if (!citationIds.has(s))
        problems.push(`${where} 字段 standards：引用了不存在的标准 ${s}（应在 citations.yaml 中）`);
    }
  }
  for (const campaign of plan.campaigns) {
    const where = `内容文件 content/plan/campaigns.yaml（id: ${campaign.id}）`;
    for (const { words, sector } of campaign.scopeNames) {
      if (!sectorIds.has(sector)) problems.push(`${where} 字段 scopeNames：sectors.yaml 中没有 ${sector}`);
      if (!campaign.scope.includes(words))
        problems.push(`${where} 字段 scopeNames：“${words}”不是整治范围原文的一部分`);
    }
    // 所有冶金工贸企业 in a scope reaches every 冶金工贸 kind.
    const named = scopeSectors(campaign);
    const reach = new Set<string>(named);
    if (named.includes('all')) for (const s of plan.sectors) if (s.metallurgyTrade) reach.add(s.id);
    const narrowings = campaign.sections.flatMap((s) => [
      { id: s.id, onlyFor: s.onlyFor },
      ...s.items.map((i) => ({ id: i.id, onlyFor: i.onlyFor })),
    ]);
    for (const { id, onlyFor } of narrowings) {
      for (const s of onlyFor ?? []) {
        if (!reach.has(s))
          problems.push(`${where} ${id} 字段 onlyFor：${s} 不在本行动整治范围所指的企业类型之内`);
      }
    }
  }
  for (const phase of plan.phases) {
    const text = phase.paragraphs.map((p) => p.text).join('');
    for (const task of phase.tasks) {
      if (!text.includes(task.quote)) {
        problems.push(
          `内容文件 content/plan/phases.yaml（id: ${phase.id}）任务 ${task.id} 字段 quote：不是该阶段原文的一部分`,
        );
      }
    }
  }
  for (const r of plan.reporting) {
    const where = `内容文件 content/plan/reporting.yaml（id: ${r.id}）`;
    const source = paragraphs.get(r.source);
    if (source === undefined) problems.push(`${where} 字段 source：找不到段落 ${r.source}`);
    else if (!source.includes(r.quote))
      problems.push(`${where} 字段 quote：不是段落 ${r.source} 原文的一部分`);
    if (r.whoContext !== null && ![...paragraphs.values()].some((p) => p.includes(r.whoContext!)))
      problems.push(`${where} 字段 whoContext：不是方案原文的一部分`);
    if (r.deadline.kind !== 'once' && !r.deadline.reading)
      problems.push(`${where} 字段 deadline.reading：每月、每年的报送要写明起止月份或年份的依据（本站理解）`);
    if (r.annex !== null && !annexNumbers.has(r.annex))
      problems.push(`${where} 字段 annex：没有附件${r.annex}`);
    if (r.campaign !== null && !campaignIds.has(r.campaign))
      problems.push(`${where} 字段 campaign：没有整治行动 ${r.campaign}`);
  }
  for (const a of plan.annexes) {
    for (const id of a.reporting) {
      if (!reportingIds.has(id))
        problems.push(`内容文件 content/plan/annexes.yaml（id: ${a.id}）字段 reporting：没有报送要求 ${id}`);
    }
  }
  return problems;
}

/** The kinds a selection stands for: every 冶金工贸 kind brings in 所有冶金工贸企业 (`all`). */
export function expandSelection(
  plan: Pick<PlanData, 'sectors'>,
  selected: readonly SectorId[],
): Set<SectorId> {
  const set = new Set<SectorId>(selected);
  for (const sector of plan.sectors) {
    if (set.has(sector.id) && sector.metallurgyTrade) set.add('all');
  }
  return set;
}

/** The kinds of enterprise a campaign's 整治范围 names, each once, in the order named. */
export function scopeSectors(campaign: Pick<Campaign, 'scopeNames'>): SectorId[] {
  return [...new Set(campaign.scopeNames.map((n) => n.sector))];
}

/** The kinds an item is listed for: its own or its section's `onlyFor`, else everything the scope names. */
export function itemSectors(campaign: Campaign, section: CampaignSection, item: Requirement): SectorId[] {
  return item.onlyFor ?? section.onlyFor ?? scopeSectors(campaign);
}

export interface CampaignForSectors {
  campaign: Campaign;
  requirements: Requirement[];
}

/**
 * The campaigns and requirement items that apply to an enterprise of the selected kinds,
 * in the plan's order, each item once however many kinds bring it in.
 */
export function requirementsFor(
  plan: Pick<PlanData, 'sectors' | 'campaigns'>,
  selected: readonly SectorId[],
): CampaignForSectors[] {
  const kinds = expandSelection(plan, selected);
  const out: CampaignForSectors[] = [];
  for (const campaign of plan.campaigns) {
    const requirements = campaign.sections.flatMap((section) =>
      section.items.filter((item) => itemSectors(campaign, section, item).some((s) => kinds.has(s))),
    );
    if (requirements.length > 0) out.push({ campaign, requirements });
  }
  return out;
}

export interface NarrowedAway {
  /** The kinds these items are listed for instead. */
  sectors: SectorId[];
  /** The plan's words that narrow them (condition), each once. */
  planWords: string[];
  /** The site's readings (onlyForReading) that narrow them, each once. */
  readings: string[];
  items: Requirement[];
}

/**
 * Items of a campaign that a page does not list because they are narrowed to other kinds, grouped
 * by those kinds — so a page can say "本行动另有 N 条要求只列给…" instead of dropping them silently.
 */
export function narrowedAway(campaign: Campaign, listed: ReadonlySet<string>): NarrowedAway[] {
  const groups = new Map<string, NarrowedAway>();
  for (const section of campaign.sections)
    for (const item of section.items) {
      if (listed.has(item.id)) continue;
      const sectors = itemSectors(campaign, section, item);
      const key = sectors.join(',');
      const group = groups.get(key) ?? { sectors, planWords: [], readings: [], items: [] };
      const reading = item.onlyForReading ?? (item.onlyFor ? undefined : section.onlyForReading);
      if (item.condition && !group.planWords.includes(item.condition)) group.planWords.push(item.condition);
      if (reading && !group.readings.includes(reading)) group.readings.push(reading);
      group.items.push(item);
      groups.set(key, group);
    }
  return [...groups.values()];
}

/** Citations used by a list of requirement items, each once, in order of first use. */
export function citationsFor(
  plan: Pick<PlanData, 'citations'>,
  requirements: readonly Requirement[],
): Citation[] {
  const ids = [...new Set(requirements.flatMap((r) => r.standards))];
  return ids.map((id) => plan.citations.find((c) => c.id === id)!).filter(Boolean);
}

/** Reporting obligations of a role, in the plan's order. */
export function reportingFor(plan: PlanData, role: 'enterprise' | 'county'): Reporting[] {
  return plan.reporting.filter((r) => r.who.includes(role));
}

/**
 * What an enterprise reports: duties whose sentence names 企业 (`stated`), and duties whose sentence
 * names no one while the paragraph's lead addresses 各企业 too (`open`: the plan leaves who open).
 */
export function enterpriseReporting(plan: Pick<PlanData, 'reporting'>): {
  stated: Reporting[];
  open: Reporting[];
} {
  const mine = plan.reporting.filter((r) => r.who.includes('enterprise'));
  return { stated: mine.filter((r) => r.whoText !== null), open: mine.filter((r) => r.whoText === null) };
}

/** Reads a selection from a query string such as "?kinds=metal-smelting,cold-storage"; unknown ids are dropped. */
export function parseSelection(search: string, known: readonly string[]): SectorId[] {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const raw = params.get('kinds') ?? '';
  const wanted = new Set(
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  return known.filter((id) => wanted.has(id)) as SectorId[];
}

/** The query string that reproduces a selection (kinds in the plan's order). */
export function selectionToQuery(selected: readonly string[], known: readonly string[]): string {
  const ids = known.filter((id) => selected.includes(id));
  return ids.length ? `?kinds=${ids.join(',')}` : '';
}
