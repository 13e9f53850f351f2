import type { APIRoute } from 'astro';
import { loadPlan } from '../../lib/plan/load-plan';
import { checklistSourceForBrowser } from '../../lib/self-check/data';
import { loadSelfCheck } from '../../lib/self-check/load';

/**
 * /self-check/checklist.json: what the self-check, the 隐患台账 and 汇总附件1 need to build checklists in the
 * browser, built from content/ at build time. One file the browser caches (and the offline worker keeps) instead
 * of ~100 KB repeated inside each page's HTML, where it delayed the first screen (issue 22).
 */
export const GET: APIRoute = async () => {
  const plan = await loadPlan();
  const body = JSON.stringify(checklistSourceForBrowser(await loadSelfCheck(), plan.citations));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
