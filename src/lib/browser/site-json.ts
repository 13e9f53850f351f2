/**
 * Data the build writes as a file of the site (checklists, annex layouts) rather than into every page's HTML,
 * fetched from the site itself — never another host — once per page and path. Rejects with a message in Chinese
 * naming `what`; a later call tries again.
 */
const loading = new Map<string, Promise<unknown>>();

/** A path of the site under its base: site/base + path. */
export const siteUrl = (path: string, base: string = import.meta.env.BASE_URL ?? '/') =>
  `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;

export function fetchSiteJson<T>(
  path: string,
  what: string,
  get: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<T> {
  let current = loading.get(path) as Promise<T> | undefined;
  if (current) return current;
  current = (async () => {
    let response: Response;
    try {
      response = await get(siteUrl(path));
    } catch {
      throw new Error(`读取${what}失败：网络不通，且本浏览器还没有保存本站的离线副本。请联网后刷新本页。`);
    }
    if (!response.ok) throw new Error(`读取${what}失败（${response.status}）。请刷新本页重试。`);
    try {
      return (await response.json()) as T;
    } catch {
      throw new Error(`读取${what}失败：收到的内容不完整。请刷新本页重试。`);
    }
  })();
  loading.set(path, current);
  current.catch(() => {
    if (loading.get(path) === current) loading.delete(path);
  });
  return current;
}
