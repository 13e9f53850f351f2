import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFromFiles } from './load-plan-node';
import {
  citationsFor,
  enterpriseReporting,
  expandSelection,
  narrowedAway,
  parseSelection,
  quotableParagraphs,
  reportingFor,
  requirementsFor,
  selectionToQuery,
} from './plan';

const plan = loadPlanFromFiles(path.resolve(__dirname, '../../..'));
const known = plan.sectors.map((s) => s.id);
const ids = (sel: Parameters<typeof requirementsFor>[1]) =>
  requirementsFor(plan, sel).flatMap((c) => c.requirements.map((r) => r.id));
const campaigns = (sel: Parameters<typeof requirementsFor>[1]) =>
  requirementsFor(plan, sel).map((c) => c.campaign.id);

describe('what applies to a kind of enterprise', () => {
  it('a 冶金工贸 kind brings in what applies to all 冶金工贸企业', () => {
    expect([...expandSelection(plan, ['cold-storage'])].sort()).toEqual(['all', 'cold-storage']);
    expect([...expandSelection(plan, ['non-coal-mine'])]).toEqual(['non-coal-mine']);
  });

  it('金属冶炼企业: campaigns 1, 3 (its scope names 冶金) and 4, gas and molten metal items', () => {
    expect(campaigns(['metal-smelting'])).toEqual([
      'metal-smelting',
      'confined-space',
      'hot-work-insulation',
    ]);
    expect(ids(['metal-smelting'])).toContain('confined-approval-procedure');
    const list = ids(['metal-smelting']);
    expect(list).toContain('gas-alarm');
    expect(list).toContain('molten-crane');
    expect(list).toContain('hot-work-site-controls');
    expect(list).not.toContain('cold-storage-responsibility');
    expect(list).not.toContain('dust-wet-collector');
  });

  it('涉及天然气的工贸企业 get the 煤气（天然气） items but not molten metal', () => {
    const list = ids(['natural-gas']);
    expect(list).toContain('gas-live-work');
    expect(list.some((id) => id.startsWith('molten-'))).toBe(false);
  });

  it('非煤矿山企业 get campaign 4 except the cold-store items', () => {
    expect(campaigns(['non-coal-mine'])).toEqual(['hot-work-insulation']);
    expect(ids(['non-coal-mine'])).toContain('insulation-gb55022');
    expect(ids(['non-coal-mine']).some((id) => id.startsWith('cold-storage-'))).toBe(false);
  });

  it('combining kinds gives the union, each item once, in the plan order', () => {
    const combined = ids(['metal-smelting', 'confined-space', 'cold-storage']);
    expect(new Set(combined).size).toBe(combined.length);
    const union = new Set([...ids(['metal-smelting']), ...ids(['confined-space']), ...ids(['cold-storage'])]);
    expect(new Set(combined)).toEqual(union);
    expect(campaigns(['cold-storage', 'metal-smelting', 'confined-space'])).toEqual([
      'metal-smelting',
      'confined-space',
      'hot-work-insulation',
    ]);
    expect(ids([])).toEqual([]);
  });

  it('lists each cited standard once', () => {
    const reqs = requirementsFor(plan, ['metal-smelting', 'all']).flatMap((c) => c.requirements);
    const cited = citationsFor(plan, reqs).map((c) => c.id);
    expect(new Set(cited).size).toBe(cited.length);
    expect(cited).toEqual(
      expect.arrayContaining(['gb-9448', 'gb-t-40248', 'gb-55022', 'metallurgical-crane']),
    );
  });

  it('reporting by role follows the plan', () => {
    expect(reportingFor(plan, 'county').map((r) => r.id)).toEqual(
      expect.arrayContaining(['annex4-once', 'annex5-monthly', 'confined-space-summary', 'annex1-monthly']),
    );
    expect(reportingFor(plan, 'enterprise').map((r) => r.id)).not.toContain('annex4-once');
    expect(reportingFor(plan, 'enterprise').map((r) => r.id)).toContain('self-check-report');
  });
});

describe('each sector page lists every campaign whose 整治范围 names that sector', () => {
  // Read off the plan by hand, scope by scope (the words in brackets are the plan's):
  // （一）[所有金属冶炼企业][涉及天然气（煤层气）的工贸企业]; （二）[所有涉及…涉爆粉尘的冶金工贸企业];
  // （三）[轻工…等重点企业] = 有限空间重点企业, and [冶金][机械（高炉企业）] = 金属冶炼企业;
  // （四）[所有冶金工贸企业] = every 冶金工贸 kind, and [非煤矿山企业].
  const named: Record<string, string[]> = {
    'metal-smelting': ['metal-smelting', 'confined-space', 'hot-work-insulation'],
    'natural-gas': ['metal-smelting', 'hot-work-insulation'],
    'dust-explosion': ['dust-explosion', 'hot-work-insulation'],
    'confined-space': ['confined-space', 'hot-work-insulation'],
    'cold-storage': ['hot-work-insulation'],
    'non-coal-mine': ['hot-work-insulation'],
    all: ['hot-work-insulation'],
  };

  it('covers every sector and every campaign', () => {
    expect(Object.keys(named).sort()).toEqual([...known].sort());
  });

  for (const sector of known) {
    for (const campaign of plan.campaigns) {
      const expected = named[sector]!.includes(campaign.id);
      it(`${sector} × ${campaign.number}：${expected ? '列出' : '不列'}`, () => {
        expect(campaigns([sector]).includes(campaign.id)).toBe(expected);
        // Whatever the scope names, the words are really in the 整治范围.
        for (const n of campaign.scopeNames) expect(campaign.scope).toContain(n.words);
        if (expected) {
          // Every item of the campaign is listed unless an item says, with a reason, that it is for other kinds.
          const listed = new Set(ids([sector]));
          for (const section of campaign.sections)
            for (const item of section.items) {
              const narrowed = item.onlyFor ?? section.onlyFor;
              if (!narrowed) expect(listed.has(item.id), item.id).toBe(true);
              else expect(item.condition ?? item.onlyForReading ?? section.onlyForReading).toBeTruthy();
            }
        }
      });
    }
  }
});

describe('sector words people type (Pagefind only finds what is on the page)', () => {
  const sector = (id: string) => plan.sectors.find((s) => s.id === id)!;
  it('lists the everyday words for each kind', () => {
    expect(sector('metal-smelting').keywords).toEqual(expect.arrayContaining(['煤气', '铸造']));
    expect(sector('natural-gas').keywords).toContain('煤气');
    expect(sector('cold-storage').keywords).toEqual(expect.arrayContaining(['液氨', '氨制冷']));
    expect(sector('dust-explosion').keywords).toEqual(expect.arrayContaining(['铝镁粉', '木粉', '面粉']));
  });
  it('summaries use the plan’s own scope words and do not say foundries are 金属冶炼 (no text says so)', () => {
    expect(sector('metal-smelting').summary).not.toContain('铸造');
    const molten = plan.campaigns[0]!.sections.find((x) => x.id === 'molten-metal')!;
    expect(molten.onlyForReading).toContain('都没有界定铸造企业是否属于金属冶炼企业');
    expect(sector('confined-space').summary).toContain(plan.campaigns[2]!.scope.replace(/。$/, ''));
    expect(sector('dust-explosion').summary).toContain(
      '涉及金属粉尘、粮食粉尘、木材粉尘等涉爆粉尘的冶金工贸企业',
    );
    for (const s of plan.sectors) {
      expect(s.summary).not.toContain('并安排人员进入作业');
      expect(s.summary).not.toContain('生产中产生');
    }
  });
});

describe('a selection in a link', () => {
  it('reads known kinds in plan order and drops unknown ones', () => {
    expect(parseSelection('?kinds=cold-storage,metal-smelting,bogus', known)).toEqual([
      'metal-smelting',
      'cold-storage',
    ]);
    expect(parseSelection('', known)).toEqual([]);
  });
  it('round-trips', () => {
    const q = selectionToQuery(['cold-storage', 'metal-smelting'], known);
    expect(q).toBe('?kinds=metal-smelting,cold-storage');
    expect(parseSelection(q, known)).toEqual(['metal-smelting', 'cold-storage']);
    expect(selectionToQuery([], known)).toBe('');
  });
});

describe('items a page leaves out are accounted for', () => {
  it('涉及天然气 page: the 熔融金属 items are listed for 金属冶炼企业, by the site’s reading', () => {
    const c = plan.campaigns.find((x) => x.id === 'metal-smelting')!;
    const away = narrowedAway(c, new Set(ids(['natural-gas'])));
    expect(away).toHaveLength(1);
    expect(away[0]!.sectors).toEqual(['metal-smelting']);
    expect(away[0]!.items.every((i) => i.id.startsWith('molten-'))).toBe(true);
    expect(away[0]!.readings).toHaveLength(1);
  });
  it('所有冶金工贸企业 page: the 冷库 items, by the plan’s words and the site’s reading', () => {
    const c = plan.campaigns.find((x) => x.id === 'hot-work-insulation')!;
    const away = narrowedAway(c, new Set(ids(['all'])));
    expect(away.map((g) => g.sectors)).toEqual([['cold-storage']]);
    expect(away[0]!.planWords).toContain('企业涉及冷库的');
    expect(away[0]!.items).toHaveLength(6);
    expect(narrowedAway(c, new Set(ids(['cold-storage'])))).toEqual([]);
  });
});

describe('who reports: the plan’s words, or said to be open', () => {
  it('a stated subject is in the duty’s paragraph; 四（四）1 and 3 name no subject', () => {
    const paragraphs = quotableParagraphs(plan);
    for (const r of plan.reporting) {
      if (r.whoText !== null) expect(paragraphs.get(r.source), r.id).toContain(r.whoText);
      else {
        expect(r.whoReading, r.id).toBeTruthy();
        expect(paragraphs.get('information-reporting-p1')).toContain(r.whoContext);
      }
    }
    const open = plan.reporting.filter((r) => r.whoText === null).map((r) => r.id);
    expect(open).toEqual([
      'annex1-monthly',
      'annex2-monthly',
      'hazard-action-summary',
      'hot-work-monthly',
      'hot-work-yearly',
    ]);
  });

  it('附件1 and 附件2: the plan does not say who fills them', () => {
    const annex = (n: number) => plan.annexes.find((a) => a.number === n)!;
    for (const n of [1, 2, 3]) {
      expect(annex(n).filledByText).toBeNull();
      expect(annex(n).filledByReading).toBeTruthy();
    }
    expect(annex(4).filledByText).toBe('各县（市、区）应急局');
  });

  it('an enterprise’s stated duties are only those whose sentence names 企业', () => {
    const { stated, open } = enterpriseReporting(plan);
    expect(stated.map((r) => r.id)).toEqual(['self-check-report']);
    expect(open.map((r) => r.id)).toContain('annex1-monthly');
  });

  it('monthly and yearly duties say which first and last months are the site’s reading', () => {
    for (const r of plan.reporting)
      if (r.deadline.kind !== 'once') expect(r.deadline.reading, r.id).toBeTruthy();
  });
});
