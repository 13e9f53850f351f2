import { describe, expect, it } from 'vitest';
import { fetchSiteJson, siteUrl } from './site-json';

const fetchChecklistSource = (get?: (url: string) => Promise<Response>) =>
  fetchSiteJson<{ plan: { sectors: string[] } }>('self-check/checklist.json', '自查清单', get);

describe('data files of the site (the checklists, the annex layouts)', () => {
  it('lives under the site’s base', () => {
    expect(siteUrl('self-check/checklist.json', '/')).toBe('/self-check/checklist.json');
    expect(siteUrl('/annexes/layouts.json', '/jc76')).toBe('/jc76/annexes/layouts.json');
  });
  it('says in Chinese what went wrong, and tries again on the next call', async () => {
    await expect(fetchChecklistSource(() => Promise.reject(new TypeError('offline')))).rejects.toThrow(
      '读取自查清单失败：网络不通',
    );
    await expect(fetchChecklistSource(async () => new Response('', { status: 404 }))).rejects.toThrow(
      '读取自查清单失败（404）',
    );
    await expect(fetchChecklistSource(async () => new Response('{"plan"'))).rejects.toThrow('内容不完整');
    const data = await fetchChecklistSource(async () => Response.json({ plan: { sectors: [] } }));
    expect(data.plan.sectors).toEqual([]);
    // Once read, the same data for every caller on the page.
    expect(await fetchChecklistSource(() => Promise.reject(new Error('not called')))).toBe(data);
  });
});
