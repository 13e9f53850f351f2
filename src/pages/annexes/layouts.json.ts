import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/** /annexes/layouts.json: every annex layout, for 汇总 pages to recognise a file of another annex (fetchAnnexLayouts). */
export const GET: APIRoute = async () => {
  const layouts = (await getCollection('annexLayouts')).map((l) => l.data);
  return new Response(JSON.stringify(layouts), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
