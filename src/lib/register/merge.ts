import type { ItemResult, SelfCheck } from '../self-check/record';
import type { Acceptance, RegisterDraft, WalkHazard } from './register';

/**
 * Merging a colleague's register file into this browser's: what is only in the file is added, what is the same
 * on both sides is left, and what differs is a conflict shown side by side — never overwritten until the user
 * picks a side for it. The same hazard is the same id (a walk-round hazard's id, a self-check's id and item).
 */

/** This browser's side of a merge: the register's draft and the self-checks. */
export interface RegisterSide {
  register: RegisterDraft;
  checks: readonly SelfCheck[];
}

export type Side = 'local' | 'incoming';

export interface FieldDiff {
  label: string;
  local: string;
  incoming: string;
}

export interface MergeConflict {
  /** Stable key for the choice: walk:<id>, acceptance:<id>, check:<id>, result:<check>/<item>. */
  key: string;
  title: string;
  fields: FieldDiff[];
}

export interface MergePlan {
  /** Only in the file: walk-round hazards, 验收 records, whole self-checks, item records of a shared check. */
  added: { walk: number; acceptance: number; checks: number; results: number };
  /** Records that are the same on both sides. */
  same: number;
  conflicts: MergeConflict[];
}

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const photoCount = (photos: readonly { stage: string }[] | undefined) => {
  const before = (photos ?? []).filter((p) => p.stage === '整改前').length;
  const after = (photos ?? []).length - before;
  return `整改前 ${before} 张，整改后 ${after} 张`;
};

/** The fields of two versions that differ, each as text to show side by side. */
function diff<T>(a: T, b: T, fields: readonly (readonly [string, (v: T) => string])[]): FieldDiff[] {
  return fields
    .map(([label, show]) => ({ label, local: show(a), incoming: show(b) }))
    .filter((f) => f.local !== f.incoming);
}

const walkFields: readonly (readonly [string, (w: WalkHazard) => string])[] = [
  ['隐患描述', (w) => w.description],
  ['区域/部位', (w) => w.area],
  ['发现日期', (w) => w.foundDate],
  ['整改措施', (w) => w.measure],
  ['责任人', (w) => w.owner],
  ['整改时限', (w) => w.deadline],
  ['整改情况', (w) => w.progress],
  ['照片', (w) => photoCount(w.photos)],
];
const acceptanceFields: readonly (readonly [string, (a: Acceptance) => string])[] = [
  ['验收人', (a) => a.by],
  ['验收日期', (a) => a.date],
  ['验收意见', (a) => a.opinion],
];
const checkFields: readonly (readonly [string, (c: SelfCheck) => string])[] = [
  ['企业名称', (c) => c.enterprise],
  ['检查日期', (c) => c.date],
  ['检查人员', (c) => c.inspectors],
  ['名称', (c) => c.name],
  ['企业类型', (c) => c.kinds.join('、')],
  [
    '企业情况的回答',
    (c) =>
      Object.entries(c.answers)
        .map(([k, v]) => `${k}: ${v.join('、')}`)
        .join('；'),
  ],
];
const resultFields: readonly (readonly [string, (r: ItemResult) => string])[] = [
  ['检查结果', (r) => r.status],
  ['隐患描述', (r) => r.description ?? ''],
  ['隐患级别', (r) => r.level ?? ''],
  ['整改措施', (r) => r.measure ?? ''],
  ['责任人', (r) => r.owner ?? ''],
  ['整改时限', (r) => r.deadline ?? ''],
  ['整改情况', (r) => r.progress ?? ''],
  ['备注', (r) => r.remark ?? ''],
  ['单独计为一项隐患', (r) => (r.separate ? '是' : '')],
  ['照片', (r) => photoCount(r.photos)],
];

const checkName = (c: SelfCheck) =>
  c.name || [c.enterprise, c.date].filter(Boolean).join(' ') || '未命名的自查';
const headerOf = ({ results: _r, ...rest }: SelfCheck) => rest;

/**
 * One pass over both sides: calls `take` for every record with what the merge does with it. The plan and the
 * merged result are both read from it, so they cannot disagree.
 */
function walkBoth(
  local: RegisterSide,
  incoming: RegisterSide,
  visit: (kind: keyof MergePlan['added'] | 'conflict' | 'same', conflict?: MergeConflict) => void,
  itemLabel: (itemId: string) => string,
) {
  const walkHere = new Map(local.register.walk.map((w) => [w.id, w]));
  for (const w of incoming.register.walk) {
    const mine = walkHere.get(w.id);
    if (!mine) visit('walk');
    else if (equal(mine, w)) visit('same');
    else
      visit('conflict', {
        key: `walk:${w.id}`,
        title: `随手记录的隐患“${mine.description || w.description}”`,
        fields: diff(mine, w, walkFields),
      });
  }
  for (const [id, a] of Object.entries(incoming.register.acceptance)) {
    const mine = local.register.acceptance[id];
    if (!mine) visit('acceptance');
    else if (equal(mine, a)) visit('same');
    else
      visit('conflict', {
        key: `acceptance:${id}`,
        title: `隐患 ${id} 的验收`,
        fields: diff(mine, a, acceptanceFields),
      });
  }
  const checksHere = new Map(local.checks.map((c) => [c.id, c]));
  for (const c of incoming.checks) {
    const mine = checksHere.get(c.id);
    if (!mine) {
      visit('checks');
      continue;
    }
    if (equal(headerOf(mine), headerOf(c))) visit('same');
    else
      visit('conflict', {
        key: `check:${c.id}`,
        title: `自查“${checkName(mine)}”的基本情况`,
        fields: diff(mine, c, checkFields),
      });
    for (const [itemId, r] of Object.entries(c.results)) {
      const here = mine.results[itemId];
      if (!here) visit('results');
      else if (equal(here, r)) visit('same');
      else
        visit('conflict', {
          key: `result:${c.id}/${itemId}`,
          title: `自查“${checkName(mine)}”中的“${itemLabel(itemId)}”`,
          fields: diff(here, r, resultFields),
        });
    }
  }
}

/** What merging `incoming` into `local` would do; nothing changes until `applyRegisterMerge`. */
export function planRegisterMerge(
  local: RegisterSide,
  incoming: RegisterSide,
  itemLabel: (itemId: string) => string = (id) => id,
): MergePlan {
  const plan: MergePlan = {
    added: { walk: 0, acceptance: 0, checks: 0, results: 0 },
    same: 0,
    conflicts: [],
  };
  walkBoth(
    local,
    incoming,
    (kind, conflict) => {
      if (kind === 'same') plan.same++;
      else if (kind === 'conflict') plan.conflicts.push(conflict!);
      else plan.added[kind]++;
    },
    itemLabel,
  );
  return plan;
}

/** The conflicts not yet given a side, as the message to show; null when every one has its side. */
export function unchosen(plan: MergePlan, choices: Readonly<Record<string, Side>>): string | null {
  const left = plan.conflicts.filter((c) => !choices[c.key]);
  return left.length
    ? `还有 ${left.length} 处不同没有选择保留哪一边：${left.map((c) => c.title).join('；')}`
    : null;
}

/**
 * Both sides merged: what only the file has is added, and each conflict takes the side chosen for it
 * (every conflict must have one; see `unchosen`). This browser's records the file does not hold stay as they are.
 */
export function applyRegisterMerge(
  local: RegisterSide,
  incoming: RegisterSide,
  choices: Readonly<Record<string, Side>>,
): RegisterSide {
  const pick = <T>(key: string, mine: T, theirs: T) => {
    if (equal(mine, theirs)) return mine;
    const side = choices[key];
    if (!side) throw new Error(`合并时“${key}”没有选择保留哪一边`);
    return side === 'incoming' ? theirs : mine;
  };
  const walkIn = new Map(incoming.register.walk.map((w) => [w.id, w]));
  const walk = [
    ...local.register.walk.map((w) => (walkIn.has(w.id) ? pick(`walk:${w.id}`, w, walkIn.get(w.id)!) : w)),
    ...incoming.register.walk.filter((w) => !local.register.walk.some((x) => x.id === w.id)),
  ];
  const acceptance = { ...local.register.acceptance };
  for (const [id, a] of Object.entries(incoming.register.acceptance))
    acceptance[id] = acceptance[id] ? pick(`acceptance:${id}`, acceptance[id], a) : a;
  const checksIn = new Map(incoming.checks.map((c) => [c.id, c]));
  const checks = [
    ...local.checks.map((mine) => {
      const theirs = checksIn.get(mine.id);
      if (!theirs) return mine;
      const header = pick(`check:${mine.id}`, headerOf(mine), headerOf(theirs));
      const results = { ...mine.results };
      for (const [itemId, r] of Object.entries(theirs.results))
        results[itemId] = results[itemId] ? pick(`result:${mine.id}/${itemId}`, results[itemId], r) : r;
      return { ...header, results };
    }),
    ...incoming.checks.filter((c) => !local.checks.some((x) => x.id === c.id)),
  ];
  return { register: { walk, acceptance }, checks };
}
