import type { APIRoute } from 'astro';
import { loadAnnexLayouts } from '../../lib/annex-forms/load-layouts';

/** /annexes/layouts.json: every annex layout, for 汇总 pages to recognise a file of another annex (fetchAnnexLayouts). */
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(await loadAnnexLayouts()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
