import type { ChecklistSource } from './data';

/** Where the build puts the checklist data (src/pages/self-check/checklist.json.ts), under the site's base. */
export const checklistDataUrl = (base: string = import.meta.env.BASE_URL ?? '/') =>
  `${base.replace(/\/?$/, '/')}self-check/checklist.json`;

let loading: Promise<ChecklistSource> | null = null;

/**
 * The checklist data, fetched once per page from the site itself (never another host). Rejects with a message in
 * Chinese; a later call tries again.
 */
export function fetchChecklistSource(
  get: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<ChecklistSource> {
  loading ??= (async () => {
    let response: Response;
    try {
      response = await get(checklistDataUrl());
    } catch {
      throw new Error('读取自查清单失败：网络不通，且本浏览器还没有保存本站的离线副本。请联网后刷新本页。');
    }
    if (!response.ok) throw new Error(`读取自查清单失败（${response.status}）。请刷新本页重试。`);
    try {
      return (await response.json()) as ChecklistSource;
    } catch {
      throw new Error('读取自查清单失败：收到的内容不完整。请刷新本页重试。');
    }
  })();
  const current = loading;
  current.catch(() => {
    if (loading === current) loading = null;
  });
  return current;
}
