import * as z from 'zod/mini';
import { filePhotoSchema, type FilePhoto } from '../browser/photos';
import { migrateCriteriaAnswers, selfCheckSchema, statusProblem, type SelfCheck } from './record';

z.config({ jitless: true });

/**
 * A self-check as a file (.json): everything recorded and the photos (as data: URLs), so it moves to
 * another computer or goes to the county bureau. JSON rather than a workbook: it keeps every field and
 * photo exactly, and reading it back needs no spreadsheet library; the 自查自改报告 .xlsx is the file for
 * people to read.
 */
export const SELF_CHECK_FILE_FORMAT = 'jc76-self-check';
/** Version 2 answers criteria with 不存在该情形 / 存在该情形; a version 1 file is migrated on import. */
export const SELF_CHECK_FILE_VERSION = 2;

export { filePhotoSchema, type FilePhoto };

const fileSchema = z.strictObject({
  format: z.literal(SELF_CHECK_FILE_FORMAT),
  version: z.number(),
  exportedAt: z.string(),
  check: selfCheckSchema,
  photos: z.array(filePhotoSchema),
});

export function selfCheckFileText(
  check: SelfCheck,
  photos: readonly FilePhoto[],
  exportedAt: string,
): string {
  return JSON.stringify(
    { format: SELF_CHECK_FILE_FORMAT, version: SELF_CHECK_FILE_VERSION, exportedAt, check, photos },
    null,
    1,
  );
}

/** The file name: 自查_<企业>_<日期>.json (characters Windows forbids replaced). */
export function selfCheckFileName(check: Pick<SelfCheck, 'enterprise' | 'date' | 'name'>): string {
  const parts = ['自查', check.enterprise.trim() || check.name.trim() || '未命名', check.date].filter(
    Boolean,
  );
  return `${parts.join('_').replace(/[\\/:*?"<>|\s]+/g, '_')}.json`;
}

/** Reads a self-check file; every problem is a message in Chinese naming the file and what is wrong. */
export function readSelfCheckFile(
  text: string,
  fileName: string,
): { check: SelfCheck; photos: FilePhoto[] } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      error: `文件“${fileName}”不是本站导出的自查文件（不是 JSON 格式）。请选择“导出自查文件”得到的 .json 文件。`,
    };
  }
  const obj = json as Record<string, unknown> | null;
  if (!obj || typeof obj !== 'object' || obj.format !== SELF_CHECK_FILE_FORMAT)
    return { error: `文件“${fileName}”不是本站导出的自查文件（缺少 format: ${SELF_CHECK_FILE_FORMAT}）。` };
  if (typeof obj.version === 'number' && obj.version > SELF_CHECK_FILE_VERSION)
    return {
      error: `文件“${fileName}”由更新版本的网站导出（格式版本 ${obj.version}），请刷新本页后再导入。`,
    };
  // Version 1 answered criteria 符合 / 不符合 (migrateCriteriaAnswers).
  if (typeof obj.version === 'number' && obj.version < 2 && obj.check && typeof obj.check === 'object') {
    const check = obj.check as Record<string, unknown>;
    json = { ...obj, check: { ...check, results: migrateCriteriaAnswers(check.results) } };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `字段 ${issue.path.join('.')}` : '内容';
    return { error: `文件“${fileName}”${where}不正确，无法导入。本页已有的内容没有改变。` };
  }
  const wrong = statusProblem(parsed.data.check);
  if (wrong) return { error: `文件“${fileName}”${wrong}，无法导入。本页已有的内容没有改变。` };
  const photoIds = new Set(parsed.data.photos.map((p) => p.id));
  for (const [item, r] of Object.entries(parsed.data.check.results))
    for (const p of r.photos ?? [])
      if (!photoIds.has(p.id))
        return {
          error: `文件“${fileName}”字段 check.results.${item}.photos：照片 ${p.id} 不在文件中，无法导入。`,
        };
  return { check: parsed.data.check, photos: parsed.data.photos };
}
