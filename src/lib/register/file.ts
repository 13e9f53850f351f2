import * as z from 'zod/mini';
import { filePhotoSchema, type FilePhoto } from '../browser/photos';
import { photoRefsOf, withoutMissingPhotos as checkWithoutMissingPhotos } from '../self-check/photos';
import { selfCheckSchema, statusProblem, type PhotoRef, type SelfCheck } from '../self-check/record';
import { registerDraftSchema, type RegisterDraft, type RegisterHazard } from './register';

z.config({ jitless: true });

/**
 * The 隐患台账 as a file (.json) for a colleague's browser: the register's own records (walk-round hazards and
 * 验收), the self-checks its checklist hazards come from (a hazard lives in its self-check), and every photo
 * they refer to as data: URLs. Merging it (merge.ts) never overwrites silently.
 */
export const REGISTER_FILE_FORMAT = 'jc76-register';
export const REGISTER_FILE_VERSION = 1;

const fileSchema = z.strictObject({
  format: z.literal(REGISTER_FILE_FORMAT),
  version: z.number(),
  exportedAt: z.string(),
  enterprise: z.string(),
  register: registerDraftSchema,
  checks: z.array(selfCheckSchema),
  photos: z.array(filePhotoSchema),
});

/** What a register file holds once read. */
export interface RegisterFile {
  exportedAt: string;
  enterprise: string;
  register: RegisterDraft;
  checks: SelfCheck[];
  photos: FilePhoto[];
}

/**
 * The part of the register that goes into a file for the hazards given (all, or those a filter shows):
 * their walk-round records and 验收, and the whole self-checks their checklist hazards come from.
 */
export function registerFilePart(
  hazards: readonly RegisterHazard[],
  draft: RegisterDraft,
  checks: readonly SelfCheck[],
): { register: RegisterDraft; checks: SelfCheck[]; photos: PhotoRef[] } {
  const ids = new Set(hazards.map((h) => h.id));
  const checkIds = new Set(
    hazards.flatMap((h) => (h.source.kind === 'check' ? h.source.checks.map((c) => c.id) : [])),
  );
  const walk = draft.walk.filter((w) => ids.has(w.id));
  const acceptance = Object.fromEntries(Object.entries(draft.acceptance).filter(([id]) => ids.has(id)));
  const part = checks.filter((c) => checkIds.has(c.id));
  const photos: PhotoRef[] = [];
  for (const p of [...walk.flatMap((w) => w.photos), ...part.flatMap((c) => photoRefsOf(c))])
    if (!photos.some((x) => x.id === p.id)) photos.push(p);
  return { register: { walk, acceptance }, checks: part, photos };
}

/**
 * The part without the photo references whose photo is not in this browser (taken on another device and
 * never brought here), so the file reads back whole.
 */
export function withoutMissingPhotos<P extends { register: RegisterDraft; checks: SelfCheck[] }>(
  part: P,
  present: ReadonlySet<string>,
): P {
  return {
    ...part,
    register: {
      ...part.register,
      walk: part.register.walk.map((w) =>
        w.photos.every((p) => present.has(p.id))
          ? w
          : { ...w, photos: w.photos.filter((p) => present.has(p.id)) },
      ),
    },
    checks: part.checks.map((c) => checkWithoutMissingPhotos(c, present)),
  };
}

/**
 * The file's JSON in pieces, each photo its own piece, so a register with 500 photos becomes a Blob without one
 * 200 MB string being built first. `registerFileText` joins them.
 */
export function registerFileParts(file: RegisterFile): string[] {
  const { photos, ...rest } = file;
  const head = JSON.stringify({
    format: REGISTER_FILE_FORMAT,
    version: REGISTER_FILE_VERSION,
    ...rest,
    photos: [],
  });
  // head ends with "photos":[]} — the photos go between the brackets.
  return [head.slice(0, -2), ...photos.map((p, i) => (i ? ',' : '') + JSON.stringify(p)), ']}'];
}

export const registerFileText = (file: RegisterFile) => registerFileParts(file).join('');

/** 隐患台账文件_<企业>_<日期>.json (characters Windows forbids replaced). */
export const registerExportName = (enterprise: string, today: string) =>
  `${['隐患台账文件', enterprise || '未填企业名称', today].join('_').replace(/[\\/:*?"<>|\s]+/g, '_')}.json`;

/** Reads a register file; every problem is a message in Chinese naming the file and what is wrong. */
export function readRegisterFile(text: string, fileName: string): RegisterFile | { error: string } {
  const unchanged = '本页已有的内容没有改变。';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      error: `文件“${fileName}”不是隐患台账文件（不是 JSON 格式）。请选择“导出台账文件”得到的 .json 文件。${unchanged}`,
    };
  }
  const obj = json as Record<string, unknown> | null;
  if (!obj || typeof obj !== 'object' || obj.format !== REGISTER_FILE_FORMAT)
    return {
      error:
        obj && typeof obj === 'object' && obj.format === 'jc76-self-check'
          ? `文件“${fileName}”是自查文件，不是隐患台账文件：请在“企业自查”页面导入它，其中的隐患就会出现在台账中。${unchanged}`
          : `文件“${fileName}”不是隐患台账文件（缺少 format: ${REGISTER_FILE_FORMAT}）。${unchanged}`,
    };
  if (typeof obj.version === 'number' && obj.version > REGISTER_FILE_VERSION)
    return {
      error: `文件“${fileName}”由更新版本的网站导出（格式版本 ${obj.version}），请刷新本页后再导入。${unchanged}`,
    };
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `字段 ${issue.path.join('.')}` : '内容';
    return { error: `文件“${fileName}”${where}不正确，无法导入。${unchanged}` };
  }
  const { format: _f, version: _v, ...file } = parsed.data;
  for (const [i, check] of file.checks.entries()) {
    const wrong = statusProblem(check);
    if (wrong)
      return {
        error: `文件“${fileName}”第 ${i + 1} 次自查${wrong.replace('check.', `checks.${i}.`)}，无法导入。${unchanged}`,
      };
  }
  const have = new Set(file.photos.map((p) => p.id));
  const refs = [
    ...file.register.walk.flatMap((w) => w.photos.map((p) => ({ p, where: `随手记录“${w.description}”` }))),
    ...file.checks.flatMap((c) =>
      photoRefsOf(c).map((p) => ({ p, where: `自查“${c.name || c.enterprise} ${c.date}”` })),
    ),
  ];
  const lost = refs.find((r) => !have.has(r.p.id));
  if (lost)
    return {
      error: `文件“${fileName}”中${lost.where}的照片 ${lost.p.id} 不在文件中，无法导入。${unchanged}`,
    };
  return file;
}
