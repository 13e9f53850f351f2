import type { APIRoute } from 'astro';
import { calendarItems, calendars } from '../../lib/plan/calendars';
import { buildIcs } from '../../lib/plan/ics';
import { loadPlan } from '../../lib/plan/load-plan';

export function getStaticPaths() {
  return calendars.map((c) => ({ params: { file: c.file }, props: { calendar: c } }));
}

/** The .ics files are generated at build time from content/plan/reporting.yaml. */
export const GET: APIRoute = async ({ props }) => {
  const { calendar } = props as { calendar: (typeof calendars)[number] };
  const plan = await loadPlan();
  const body = buildIcs(calendarItems(plan.reporting, calendar.role), {
    calName: calendar.calName,
    // Fixed stamp: the content's issue date, so rebuilding gives identical files.
    dtstamp: `${plan.document.issuedDate.replaceAll('-', '')}T000000Z`,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
