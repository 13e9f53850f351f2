// zod/mini (JIT off), like the self-check record: checked in the browser when the register draft is restored.
import * as z from 'zod/mini';
import { daysBetween, readTypedDate } from '../common/dates';
import type { Hazard } from '../self-check/hazards';
import {
  hazardLevels,
  photoRefSchema,
  type HazardLevel,
  type PhotoRef,
  type SelfCheck,
} from '../self-check/record';

z.config({ jitless: true });

/**
 * 隐患台账: every hazard this browser knows, once — from every self-check (a hazard carried into the next check
 * stays the same hazard) and from walk-rounds (随手记录) — followed from 未整改 to 已验收（销号）.
 *
 * What a self-check records (描述, 措施, 责任人, 时限, 整改情况, photos) stays in the self-check and is read from the
 * latest check that has the hazard; the register adds what a check does not hold: 验收 and the walk-round hazards.
 */

export const registerStatuses = ['未整改', '整改中', '已整改', '已验收'] as const;
export type RegisterStatus = (typeof registerStatuses)[number];

export const acceptanceSchema = z.strictObject({
  /** 验收人 */
  by: z.string(),
  /** 验收日期 (YYYY-MM-DD) */
  date: z.string(),
  /** 验收意见 */
  opinion: z.string(),
});
export type Acceptance = z.infer<typeof acceptanceSchema>;

/** A hazard seen on a walk-round (not a checklist item): entered on the register itself. */
export const walkHazardSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  foundDate: z.string(),
  level: z.enum(hazardLevels),
  /** 区域 / 部位 */
  area: z.string(),
  description: z.string(),
  measure: z.string(),
  owner: z.string(),
  deadline: z.string(),
  progress: z.enum(['未整改', '整改中', '已整改']),
  photos: z.array(photoRefSchema),
});
export type WalkHazard = z.infer<typeof walkHazardSchema>;

export const registerDraftSchema = z.strictObject({
  walk: z.array(walkHazardSchema),
  /** 验收 by hazard id. */
  acceptance: z.record(z.string(), acceptanceSchema),
});
export type RegisterDraft = z.infer<typeof registerDraftSchema>;

export const emptyRegisterDraft = (): RegisterDraft => ({ walk: [], acceptance: {} });

/** One row of the register. */
export interface RegisterHazard {
  /** Stable: `<item>@<first check>` for a checklist hazard, the walk-round hazard's own id otherwise. */
  id: string;
  source:
    | {
        kind: 'check';
        itemId: string;
        citation: string;
        /** Every self-check that recorded it, oldest first, with the 整改情况 it recorded (the history). */
        checks: { id: string; label: string; date: string; progress: string }[];
      }
    | { kind: 'walk' };
  foundDate: string;
  level: HazardLevel;
  area: string;
  description: string;
  measure: string;
  owner: string;
  deadline: string;
  status: RegisterStatus;
  acceptance: Acceptance | null;
  photos: PhotoRef[];
}

/** A self-check and its hazards (hazardsOf), as the register reads them. */
export interface CheckHazards {
  check: Pick<SelfCheck, 'id' | 'date' | 'name' | 'enterprise' | 'createdAt'>;
  hazards: Hazard[];
}

const checkLabel = (c: CheckHazards['check']) =>
  c.name || [c.enterprise, c.date].filter(Boolean).join(' ') || '未命名的自查';

/**
 * The register from every self-check (oldest first) and the register's own draft. A checklist hazard is one
 * hazard while it stays open: the same item failing in a later check is the same hazard (its record is read
 * from the latest check); once 验收 closes it, the item failing again is a new hazard.
 */
export function buildRegister(checks: readonly CheckHazards[], draft: RegisterDraft): RegisterHazard[] {
  const ordered = [...checks].sort(
    (a, b) =>
      (a.check.date || '9999').localeCompare(b.check.date || '9999') ||
      a.check.createdAt.localeCompare(b.check.createdAt),
  );
  const open = new Map<string, RegisterHazard>();
  const out: RegisterHazard[] = [];
  for (const { check, hazards } of ordered) {
    for (const h of hazards) {
      const itemId = h.item.id;
      let row = open.get(itemId);
      if (!row) {
        row = {
          id: `${itemId}@${check.id}`,
          source: { kind: 'check', itemId, citation: h.source, checks: [] },
          foundDate: check.date,
          level: h.level,
          area: '',
          description: '',
          measure: '',
          owner: '',
          deadline: '',
          status: '未整改',
          acceptance: null,
          photos: [],
        };
        open.set(itemId, row);
        out.push(row);
      }
      if (row.source.kind === 'check')
        row.source.checks.push({
          id: check.id,
          label: checkLabel(check),
          date: check.date,
          progress: h.result.progress ?? '未整改',
        });
      Object.assign(row, {
        level: h.level,
        description: h.description,
        measure: h.result.measure ?? '',
        owner: h.result.owner ?? '',
        deadline: h.result.deadline ?? '',
        status: h.result.progress ?? '未整改',
        photos: h.result.photos ?? [],
      });
      const accepted = draft.acceptance[row.id];
      if (accepted && row.status === '已整改') {
        row.acceptance = accepted;
        row.status = '已验收';
        open.delete(itemId);
      }
    }
  }
  for (const w of draft.walk) {
    const accepted = draft.acceptance[w.id];
    const closed = accepted && w.progress === '已整改';
    out.push({
      id: w.id,
      source: { kind: 'walk' },
      foundDate: w.foundDate,
      level: w.level,
      area: w.area,
      description: w.description,
      measure: w.measure,
      owner: w.owner,
      deadline: w.deadline,
      status: closed ? '已验收' : w.progress,
      acceptance: closed ? accepted : null,
      photos: w.photos,
    });
  }
  return out.sort((a, b) => (a.foundDate || '9999').localeCompare(b.foundDate || '9999'));
}

/** 整改时限 as a date, or null when it is words (停产整改完成前) or empty. */
const deadlineDate = (h: Pick<RegisterHazard, 'deadline'>) => {
  const d = readTypedDate(h.deadline);
  return typeof d === 'string' ? d : null;
};
const isOpen = (h: Pick<RegisterHazard, 'status'>) => h.status === '未整改' || h.status === '整改中';

/** 逾期: open and its 整改时限 (a date) is before today. */
export const isLate = (h: RegisterHazard, today: string) => {
  const d = deadlineDate(h);
  return isOpen(h) && d !== null && d < today;
};

/** What needs doing now: late, due within 7 days, rectified but not yet accepted. */
export function needsDoing(hazards: readonly RegisterHazard[], today: string) {
  return {
    late: hazards.filter((h) => isLate(h, today)),
    dueSoon: hazards.filter((h) => {
      const d = deadlineDate(h);
      return isOpen(h) && d !== null && d >= today && daysBetween(today, d) <= 7;
    }),
    awaitingAcceptance: hazards.filter((h) => h.status === '已整改'),
  };
}

/**
 * Why a hazard cannot be accepted (销号) as given, in Chinese; [] when it can. Only a rectified hazard is
 * accepted; the acceptance names who and when; a 重大 hazard also needs a 整改后 photo as evidence.
 */
export function acceptanceProblems(h: RegisterHazard, a: Acceptance): string[] {
  const problems: string[] = [];
  if (h.status !== '已整改')
    problems.push(`这项隐患的整改情况是“${h.status}”，整改完成（已整改）后才能验收销号`);
  if (!a.by.trim()) problems.push('请填写验收人');
  const date = readTypedDate(a.date);
  if (typeof date !== 'string') problems.push('请填写验收日期，例如 2026-12-05');
  if (h.level === '重大' && !h.photos.some((p) => p.stage === '整改后'))
    problems.push('重大事故隐患须有整改后的照片作为整改证据，才能验收销号');
  return problems;
}

/** The draft with a hazard accepted, or the problems (the draft unchanged). */
export function accept(
  draft: RegisterDraft,
  h: RegisterHazard,
  a: Acceptance,
): { ok: true; draft: RegisterDraft } | { ok: false; problems: string[] } {
  const problems = acceptanceProblems(h, a);
  if (problems.length) return { ok: false, problems };
  const date = readTypedDate(a.date) as string;
  return {
    ok: true,
    draft: {
      ...draft,
      acceptance: { ...draft.acceptance, [h.id]: { by: a.by.trim(), date, opinion: a.opinion.trim() } },
    },
  };
}

/** The draft with a hazard's acceptance withdrawn (撤销验收). */
export const withdrawAcceptance = (draft: RegisterDraft, id: string): RegisterDraft => {
  const { [id]: _gone, ...rest } = draft.acceptance;
  return { ...draft, acceptance: rest };
};

/** The draft with one walk-round hazard changed (整改情况, photos). */
export const updateWalk = (
  draft: RegisterDraft,
  id: string,
  patch: Partial<Omit<WalkHazard, 'id'>>,
): RegisterDraft => ({ ...draft, walk: draft.walk.map((w) => (w.id === id ? { ...w, ...patch } : w)) });

/** The draft with photos just stored added to a walk-round hazard, after the ones it has. */
export const addWalkPhotos = (
  draft: RegisterDraft,
  id: string,
  stage: PhotoRef['stage'],
  photoIds: readonly string[],
): RegisterDraft => {
  const before = draft.walk.find((w) => w.id === id)?.photos ?? [];
  return updateWalk(draft, id, { photos: [...before, ...photoIds.map((p) => ({ id: p, stage }))] });
};

/** The draft without one photo of a walk-round hazard (read from the draft itself, not from a drawn card). */
export const removeWalkPhoto = (draft: RegisterDraft, id: string, photoId: string): RegisterDraft =>
  updateWalk(draft, id, {
    photos: (draft.walk.find((w) => w.id === id)?.photos ?? []).filter((p) => p.id !== photoId),
  });

/** Every photo the register's own hazards refer to (the self-check's photos are the self-check's). */
export const registerPhotoIds = (draft: RegisterDraft) =>
  draft.walk.flatMap((w) => w.photos.map((p) => p.id));

export const REGISTER_DRAFT_KEY = 'jc76.register';

/** The register's own draft (walk-round hazards and acceptances) for DraftStore / useAutosavedDraft. */
export const registerDraftSpec = {
  key: REGISTER_DRAFT_KEY,
  schema: registerDraftSchema,
  version: 1,
};

/** A walk-round hazard with nothing typed yet, found today. */
export const emptyWalkHazard = (id: string, today: string): WalkHazard => ({
  id,
  foundDate: today,
  level: '一般',
  area: '',
  description: '',
  measure: '',
  owner: '',
  deadline: '',
  progress: '未整改',
  photos: [],
});

/**
 * Why a walk-round hazard cannot be added yet ([] when it can). A hazard typed by hand is 一般: only a
 * 判定标准 item makes a 重大事故隐患, so a 重大 one is recorded in the self-check against that item.
 */
export function walkProblems(w: WalkHazard): string[] {
  const out: string[] = [];
  if (w.level === '重大')
    out.push('重大事故隐患要对照判定标准的条款认定：请在“企业自查”中对应的条款下记录（可附整改前后照片）');
  if (!w.description.trim()) out.push('请填写隐患描述');
  if (typeof readTypedDate(w.foundDate) !== 'string') out.push('请填写发现日期，例如 2026-12-05');
  if (!w.deadline.trim()) out.push('请填写整改时限（日期，或“停产整改完成前”这样的文字）');
  return out;
}

/** One month of the register in 附件1's 企业自查自纠情况 columns. */
export interface MonthCounts {
  month: string;
  /** 自查企业（家）: 1 when this enterprise recorded a self-check that month. */
  checked: number;
  general: number;
  generalFixed: number;
  major: number;
  majorFixed: number;
}

/**
 * The register month by month, in 附件1's 企业自查自纠情况 columns (本站理解, said on the page): a hazard counts
 * in the month of its 发现日期; 已整改 counts a hazard in the month of its 验收日期 (销号), so a hazard found in 6月
 * and accepted in 7月 is 已整改 in 7月; 自查企业 is 1 in a month with a self-check.
 */
export function registerMonthCounts(
  hazards: readonly RegisterHazard[],
  checkDates: readonly string[],
): MonthCounts[] {
  const months = new Map<string, MonthCounts>();
  const at = (day: string) => {
    const d = readTypedDate(day);
    if (typeof d !== 'string') return null;
    const month = d.slice(0, 7);
    let m = months.get(month);
    if (!m)
      months.set(month, (m = { month, checked: 0, general: 0, generalFixed: 0, major: 0, majorFixed: 0 }));
    return m;
  };
  for (const day of checkDates) {
    const m = at(day);
    if (m) m.checked = 1;
  }
  for (const h of hazards) {
    const found = at(h.foundDate);
    if (found) found[h.level === '重大' ? 'major' : 'general'] += 1;
    const fixed = h.acceptance ? at(h.acceptance.date) : null;
    if (fixed) fixed[h.level === '重大' ? 'majorFixed' : 'generalFixed'] += 1;
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** What the list can be narrowed to ('' = 全部). */
export interface RegisterFilter {
  status: string;
  level: string;
  owner: string;
  area: string;
}

/** The hazards the filter lets through, in register order. */
export const filterRegister = (hazards: readonly RegisterHazard[], f: RegisterFilter) =>
  hazards.filter(
    (h) =>
      (!f.status || h.status === f.status) &&
      (!f.level || h.level === f.level) &&
      (!f.owner || h.owner === f.owner) &&
      (!f.area || h.area === f.area),
  );

/** The 责任人 and 区域 the register names, sorted, for the filters' choices. */
export const filterChoices = (hazards: readonly RegisterHazard[]) => ({
  owners: [...new Set(hazards.map((h) => h.owner).filter(Boolean))].sort(),
  areas: [...new Set(hazards.map((h) => h.area).filter(Boolean))].sort(),
});
