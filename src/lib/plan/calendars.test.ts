import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarItems, calendars } from './calendars';
import { dueDates } from './deadlines';
import { buildIcs } from './ics';
import { loadPlanFromFiles } from './load-plan-node';

const plan = loadPlanFromFiles(path.resolve(__dirname, '../../..'));
const ics = (role: (typeof calendars)[number]['role']) =>
  buildIcs(calendarItems(plan.reporting, role), { calName: 'x', dtstamp: '20250526T000000Z' });
const events = (text: string) => text.split('BEGIN:VEVENT').length - 1;
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('the .ics files built from the plan’s reporting obligations', () => {
  it('has one event per obligation, for each role', () => {
    expect(events(ics('all'))).toBe(plan.reporting.length);
    expect(events(ics('county'))).toBe(plan.reporting.filter((r) => r.who.includes('county')).length);
    expect(events(ics('enterprise'))).toBe(plan.reporting.filter((r) => r.who.includes('enterprise')).length);
    expect(ics('enterprise')).not.toContain('UID:annex4-once@');
    expect(ics('county')).toContain('UID:annex4-once@');
  });

  it('bounds the monthly deadlines by the campaign windows', () => {
    const text = unfold(ics('all'));
    expect(text).toContain(
      'UID:annex1-monthly@jincheng-76.local\r\nDTSTAMP:20250526T000000Z\r\nDTSTART;VALUE=DATE:20250625',
    );
    expect(text).toMatch(
      /UID:annex5-monthly@[^]*?DTSTART;VALUE=DATE:20250610[^]*?RRULE:FREQ=MONTHLY;BYMONTHDAY=10;COUNT=6/,
    );
    expect(text).toMatch(
      /UID:hot-work-monthly@[^]*?DTSTART;VALUE=DATE:20250620[^]*?RRULE:FREQ=MONTHLY;BYMONTHDAY=20;COUNT=18/,
    );
    expect(text).toMatch(
      /UID:hot-work-yearly@[^]*?DTSTART;VALUE=DATE:20251125[^]*?RRULE:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=25;COUNT=2/,
    );
    const hotWork = plan.reporting.find((r) => r.id === 'hot-work-monthly')!;
    expect(dueDates(hotWork.deadline).at(-1)).toBe('2026-11-20');
    const campaign = plan.campaigns.find((c) => c.id === 'hot-work-insulation')!;
    expect(dueDates(hotWork.deadline).at(-1)! <= campaign.window.end!).toBe(true);
  });

  it('says so when the plan does not name to whom a report goes', () => {
    expect(unfold(ics('all'))).toContain('方案未写明报送对象');
    expect(unfold(ics('all'))).toContain('属地应急管理部门');
  });
});
