import type { z } from 'zod';

/** Path of a zod issue as people read it: campaigns[2].sections[0].items[3].text → sections[0].items[3].text */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '（整项）';
}

/** Validates one zod value and returns readable problems, or [] when valid. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `字段 ${formatPath(issue.path)}：${issue.message}`);
}

/**
 * Validates every entry of a content file. Throws one Error listing all problems, each naming the
 * file, the entry (position and id) and the field, e.g.
 * "内容文件 content/plan/campaigns.yaml 第 2 项（id: dust-explosion）字段 window.start：应为日期，格式 YYYY-MM-DD".
 */
export function validateEntries<T>(file: string, entries: unknown[], schema: z.ZodType<T>): T[] {
  const problems: string[] = [];
  const out: T[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const id =
      entry && typeof entry === 'object' && 'id' in entry ? String((entry as { id: unknown }).id) : '';
    const where = `内容文件 ${file} 第 ${index + 1} 项${id ? `（id: ${id}）` : ''}`;
    if (id && seen.has(id)) problems.push(`${where}：id 重复`);
    seen.add(id);
    const result = schema.safeParse(entry);
    if (result.success) out.push(result.data);
    else for (const line of describeIssues(result.error)) problems.push(`${where}${line}`);
  });
  if (problems.length > 0) {
    throw new Error(`内容校验失败（${problems.length} 处）：\n${problems.join('\n')}`);
  }
  return out;
}
