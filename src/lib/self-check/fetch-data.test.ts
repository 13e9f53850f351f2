import { describe, expect, it } from 'vitest';
import { checklistDataUrl, fetchChecklistSource } from './fetch-data';

describe('the checklist data, fetched from the site', () => {
  it('lives under the site’s base', () => {
    expect(checklistDataUrl('/')).toBe('/self-check/checklist.json');
    expect(checklistDataUrl('/jc76')).toBe('/jc76/self-check/checklist.json');
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
