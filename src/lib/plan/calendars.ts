import type { Reporting } from '../../schemas';

/** The .ics files offered on 报送要求与日历, one per role and one with everything. */
export const calendars = [
  {
    role: 'all',
    file: 'jincheng-76-all.ics',
    label: '全部报送事项（.ics）',
    calName: '76号方案报送日历（全部）',
  },
  {
    role: 'enterprise',
    file: 'jincheng-76-enterprise.ics',
    label: '企业报送事项（.ics）',
    calName: '76号方案报送日历（企业）',
  },
  {
    role: 'county',
    file: 'jincheng-76-county.ics',
    label: '县（市、区）应急管理局报送事项（.ics）',
    calName: '76号方案报送日历（县区应急局）',
  },
] as const;

export function calendarItems(all: Reporting[], role: (typeof calendars)[number]['role']): Reporting[] {
  return role === 'all' ? all : all.filter((r) => r.who.includes(role));
}
