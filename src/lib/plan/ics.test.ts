import { describe, it, expect } from 'vitest';
import type { Reporting } from '../../schemas/reporting';
import { dueDates } from './deadlines';
import { buildIcs, escapeText, foldLine } from './ics';

const base = {
  order: 1,
  action: '开展隐患排查整治',
  who: ['county'],
  whoText: '各县（市、区）应急局',
  whoContext: null,
  whoReading: null,
  annex: null,
  to: '市应急管理局工贸科',
  source: 'p-5-2',
  quote: '每月25日前将调度表报送市应急管理局工贸科，逾期不报的，予以通报。',
  campaign: null,
} satisfies Partial<Reporting>;

const fixtures: Reporting[] = [
  {
    ...base,
    id: 'monthly-25',
    what: '安全生产隐患排查整治行动调度表',
    annex: 1,
    deadline: { kind: 'monthly', day: 25, firstMonth: '2025-06', lastMonth: '2025-12', text: '每月25日前' },
  },
  {
    ...base,
    id: 'monthly-20',
    order: 2,
    what: '重大事故隐患清单（含整改情况，逐项填写；见说明\\备注）',
    to: null,
    deadline: { kind: 'monthly', day: 20, firstMonth: '2025-06', lastMonth: '2026-11', text: '每月20日前' },
  },
  {
    ...base,
    id: 'yearly-1125',
    order: 3,
    what: '年度工作总结',
    deadline: { kind: 'yearly', month: 11, day: 25, firstYear: 2025, lastYear: 2026, text: '每年11月25日前' },
  },
  {
    ...base,
    id: 'once-0615',
    order: 4,
    what: '实施方案',
    quote: '6月15日前报送实施方案。\n联系人：张三, 电话；1234',
    deadline: { kind: 'once', date: '2025-06-15', text: '2025年6月15日前' },
  },
];

const opts = {
  calName: '晋城76号文 报送日历',
  dtstamp: '20251130T000000Z',
  urlBase: 'https://example.org/site/',
};
const ics = buildIcs(fixtures, opts);

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;
const unfold = (text: string): string => text.replace(/\r\n[ \t]/g, '');
const logicalLines = (text: string): string[] =>
  unfold(text)
    .split('\r\n')
    .filter((l) => l !== '');

function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

interface Prop {
  name: string;
  params: string;
  value: string;
}

function parseProp(line: string): Prop {
  const colon = line.indexOf(':');
  const head = line.slice(0, colon);
  const semi = head.indexOf(';');
  return {
    name: semi === -1 ? head : head.slice(0, semi),
    params: semi === -1 ? '' : head.slice(semi + 1),
    value: line.slice(colon + 1),
  };
}

/** VEVENT blocks (excluding nested VALARM properties) as property lists. */
function events(text: string): Prop[][] {
  const out: Prop[][] = [];
  let current: Prop[] | null = null;
  let depth = 0;
  for (const line of logicalLines(text)) {
    if (line === 'BEGIN:VEVENT') {
      current = [];
      depth = 0;
    } else if (line === 'END:VEVENT') {
      if (current) out.push(current);
      current = null;
    } else if (current && line.startsWith('BEGIN:')) depth += 1;
    else if (current && line.startsWith('END:')) depth -= 1;
    else if (current && depth === 0) current.push(parseProp(line));
  }
  return out;
}

const prop = (ev: Prop[], name: string): Prop | undefined => ev.find((p) => p.name === name);
const uidOf = (ev: Prop[]): string => prop(ev, 'UID')?.value ?? '';

/** Tiny RRULE expander for the subset emitted: MONTHLY;BYMONTHDAY;COUNT and YEARLY;BYMONTH;BYMONTHDAY;COUNT. */
function expand(dtstart: string, rrule: string | undefined): string[] {
  const y0 = Number(dtstart.slice(0, 4));
  const m0 = Number(dtstart.slice(4, 6));
  const d0 = Number(dtstart.slice(6, 8));
  const iso = (y: number, m: number, d: number): string =>
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const start = iso(y0, m0, d0);
  if (rrule === undefined) return [start];
  const parts = Object.fromEntries(rrule.split(';').map((kv) => kv.split('=') as [string, string]));
  const allowed = new Set(['FREQ', 'BYMONTH', 'BYMONTHDAY', 'COUNT']);
  for (const key of Object.keys(parts))
    if (!allowed.has(key)) throw new Error(`unsupported RRULE part ${key}`);
  const count = Number(parts.COUNT);
  const day = Number(parts.BYMONTHDAY);
  const exists = (y: number, m: number, d: number): boolean =>
    new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
  const out: string[] = [];
  let guard = 0;
  if (parts.FREQ === 'MONTHLY') {
    let y = y0;
    let m = m0;
    while (out.length < count && guard++ < 10_000) {
      const date = iso(y, m, day);
      if (exists(y, m, day) && date >= start) out.push(date);
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
  } else if (parts.FREQ === 'YEARLY') {
    const month = Number(parts.BYMONTH);
    for (let y = y0; out.length < count && guard++ < 10_000; y += 1) {
      const date = iso(y, month, day);
      if (exists(y, month, day) && date >= start) out.push(date);
    }
  } else {
    throw new Error(`unsupported FREQ ${parts.FREQ}`);
  }
  return out;
}

describe('foldLine', () => {
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const exactly75 = `X:${'a'.repeat(73)}`;
    expect(foldLine(exactly75)).toBe(exactly75);
  });

  it('folds ASCII at 75 octets with a single leading space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    expect(utf8Length(physical[0] ?? '')).toBe(75);
    for (const p of physical) expect(utf8Length(p)).toBeLessThanOrEqual(75);
    for (const p of physical.slice(1)) expect(p).toMatch(/^ [^ ]/);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    for (const prefix of ['S:', 'SU:', 'SUM:']) {
      const line = `${prefix}${'安全生产隐患排查整治🚧'.repeat(20)}`;
      const folded = foldLine(line);
      for (const p of folded.split('\r\n')) {
        expect(utf8Length(p)).toBeLessThanOrEqual(75);
        expect(p).not.toContain('\uFFFD');
        // Round-tripping through UTF-8 must not change a physical line (no broken sequences or lone surrogates).
        expect(new TextDecoder().decode(new TextEncoder().encode(p))).toBe(p);
      }
      expect(unfold(folded)).toBe(line);
    }
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    for (const [text, escaped] of [
      ['a\\b', 'a\\\\b'],
      ['a;b', 'a\\;b'],
      ['a,b', 'a\\,b'],
      ['a\nb', 'a\\nb'],
      ['a\r\nb', 'a\\nb'],
      ['\\n', '\\\\n'],
      ['中文，全角；不转义', '中文，全角；不转义'],
    ] as const)
      expect(escapeText(text), JSON.stringify(text)).toBe(escaped);
  });

  it('round-trips through an unescaper', () => {
    const s = 'x\\y;z,w\nv\\n';
    expect(unescapeText(escapeText(s))).toBe(s);
  });
});

describe('buildIcs', () => {
  it('uses CRLF everywhere and ends with CRLF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has no physical line over 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75);
  });

  it('folded lines unfold to the original content', () => {
    expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
    for (const line of logicalLines(ics)) {
      expect(line).toMatch(/^[A-Z-]+[;:]/);
      expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
    }
  });

  it('has the calendar header', () => {
    const lines = logicalLines(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines[lines.length - 1]).toBe('END:VCALENDAR');
    for (const l of [
      'VERSION:2.0',
      'PRODID:-//jincheng-76//reporting//ZH',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:晋城76号文 报送日历',
      'X-WR-TIMEZONE:Asia/Shanghai',
    ]) {
      expect(lines).toContain(l);
    }
    expect(lines).not.toContain('BEGIN:VTIMEZONE');
  });

  it('BEGIN/END are balanced and properly nested', () => {
    const stack: string[] = [];
    for (const line of logicalLines(ics)) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
    }
    expect(stack).toEqual([]);
  });

  it('one VEVENT per obligation, each with UID/DTSTAMP/DTSTART/DTEND and an alarm', () => {
    const evs = events(ics);
    expect(evs).toHaveLength(fixtures.length);
    expect(evs.map(uidOf)).toEqual(fixtures.map((f) => `${f.id}@jincheng-76.local`));
    for (const ev of evs) {
      expect(prop(ev, 'DTSTAMP')?.value).toBe('20251130T000000Z');
      expect(prop(ev, 'DTSTART')?.params).toBe('VALUE=DATE');
      expect(prop(ev, 'DTSTART')?.value).toMatch(/^\d{8}$/);
      expect(prop(ev, 'DTEND')?.params).toBe('VALUE=DATE');
    }
    expect(ics.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P3D\r\nDESCRIPTION:/g)).toHaveLength(
      fixtures.length,
    );
  });

  it('is deterministic', () => {
    expect(buildIcs(fixtures, opts)).toBe(ics);
  });

  it('all-day events: DTEND is the next day, even across a year end', () => {
    const byUid = new Map(events(ics).map((ev) => [uidOf(ev), ev]));
    expect(prop(byUid.get('monthly-25@jincheng-76.local') ?? [], 'DTSTART')?.value).toBe('20250625');
    expect(prop(byUid.get('monthly-25@jincheng-76.local') ?? [], 'DTEND')?.value).toBe('20250626');
    const nye: Reporting = {
      ...fixtures[3]!,
      id: 'nye',
      deadline: { kind: 'once', date: '2025-12-31', text: '年底前' },
    };
    const ev = events(buildIcs([nye], opts))[0] ?? [];
    expect(prop(ev, 'DTSTART')?.value).toBe('20251231');
    expect(prop(ev, 'DTEND')?.value).toBe('20260101');
    expect(prop(ev, 'RRULE')).toBeUndefined();
  });

  it('RRULE COUNT matches the number of due dates', () => {
    const evs = events(ics);
    fixtures.forEach((f, i) => {
      const rrule = prop(evs[i] ?? [], 'RRULE')?.value;
      const n = dueDates(f.deadline).length;
      if (n === 1) expect(rrule).toBeUndefined();
      else expect(rrule).toContain(`;COUNT=${n}`);
    });
    expect(prop(evs[0] ?? [], 'RRULE')?.value).toBe('FREQ=MONTHLY;BYMONTHDAY=25;COUNT=7');
    expect(prop(evs[1] ?? [], 'RRULE')?.value).toBe('FREQ=MONTHLY;BYMONTHDAY=20;COUNT=18');
    expect(prop(evs[2] ?? [], 'RRULE')?.value).toBe('FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=25;COUNT=2');
  });

  it('expanding each event gives exactly dueDates(deadline)', () => {
    const extra: Reporting[] = [
      {
        ...fixtures[0]!,
        id: 'leap',
        deadline: { kind: 'yearly', month: 2, day: 29, firstYear: 2023, lastYear: 2032, text: 'x' },
      },
      {
        ...fixtures[0]!,
        id: 'single-month',
        deadline: { kind: 'monthly', day: 28, firstMonth: '2026-02', lastMonth: '2026-02', text: 'x' },
      },
    ];
    const all = [...fixtures, ...extra];
    const evs = events(buildIcs(all, opts));
    expect(evs).toHaveLength(all.length);
    all.forEach((f, i) => {
      const ev = evs[i] ?? [];
      expect(uidOf(ev)).toBe(`${f.id}@jincheng-76.local`);
      const expanded = expand(prop(ev, 'DTSTART')?.value ?? '', prop(ev, 'RRULE')?.value);
      expect(expanded).toEqual(dueDates(f.deadline));
    });
  });

  it('summary, description, escaping and URL', () => {
    const evs = events(ics);
    const first = evs[0] ?? [];
    expect(unescapeText(prop(first, 'SUMMARY')?.value ?? '')).toBe(
      '【报送截止】安全生产隐患排查整治行动调度表（附件1）',
    );
    const desc = unescapeText(prop(first, 'DESCRIPTION')?.value ?? '');
    expect(desc).toContain('各县（市、区）应急局');
    expect(desc).toContain('市应急管理局工贸科');
    expect(desc).toContain(base.quote);
    expect(desc).toContain('每月25日前');
    expect(prop(first, 'URL')?.value).toBe('https://example.org/site/reporting/#monthly-25');

    const second = evs[1] ?? [];
    expect(unescapeText(prop(second, 'DESCRIPTION')?.value ?? '')).toContain('方案未写明报送对象');
    const summary2 = prop(second, 'SUMMARY')?.value ?? '';
    expect(summary2).toContain('说明\\\\备注');
    expect(unescapeText(summary2)).toBe(`【报送截止】${fixtures[1]!.what}`);

    const onceDesc = prop(evs[3] ?? [], 'DESCRIPTION')?.value ?? '';
    expect(onceDesc).toContain('\\n联系人：张三\\, 电话；1234');
    expect(onceDesc).not.toMatch(/[^\\][,;]/);
    expect(unescapeText(onceDesc)).toContain(fixtures[3]!.quote);
  });

  it('omits URL without urlBase', () => {
    const plain = buildIcs(fixtures, { calName: 'c', dtstamp: '20251130T000000Z' });
    expect(logicalLines(plain).some((l) => l.startsWith('URL'))).toBe(false);
  });

  it('escapes the calendar name', () => {
    expect(logicalLines(buildIcs([], { calName: 'a,b;c', dtstamp: '20251130T000000Z' }))).toContain(
      'X-WR-CALNAME:a\\,b\\;c',
    );
  });
});

describe('a duty whose subject the plan leaves open', () => {
  it('says so in the event, with the site’s reading marked', () => {
    const open: Reporting = {
      ...fixtures[0]!,
      whoText: null,
      whoContext: '各县（市、区）、各企业要高度重视信息报送工作',
      whoReading: '县局汇总填写',
    };
    const text = unescapeText(unfold(buildIcs([open], opts)));
    expect(text).toContain('报送单位：方案未写明由谁报送（本站理解：县局汇总填写）');
    expect(text).not.toContain('报送单位：null');
  });
});
