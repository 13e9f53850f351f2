import { addDays, readTypedDate } from '../common/dates';
import { CRLF, escapeText, foldLine } from '../plan/ics';
import { flatTable, plainColumns } from '../table/layout';
import { tableSheet, type SheetModel } from '../table/sheet';
import { dataUrlBytes } from '../table/zip';
import type { MonthCounts, RegisterHazard } from './register';

/** What the register hands out: reminders (.ics) and the 隐患排查治理台账 as a sheet (Excel, print). */

const icsDate = (d: string) => d.replace(/-/g, '');

/** A moment as an iCalendar UTC timestamp (DTSTAMP): 20261205T093000Z. */
export const icsStamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/**
 * Reminders without a server: one all-day event on each open hazard's 整改时限 (a date), with an alarm the
 * day before. The UID is the hazard's id, so downloading again replaces the earlier events in a calendar.
 */
export function registerIcs(hazards: readonly RegisterHazard[], dtstamp: string): string {
  const events = hazards.flatMap((h) => {
    const due = readTypedDate(h.deadline);
    if (typeof due !== 'string' || (h.status !== '未整改' && h.status !== '整改中')) return [];
    const what = `${h.level === '重大' ? '【重大事故隐患】' : ''}整改时限：${h.description}`;
    return [
      'BEGIN:VEVENT',
      `UID:hazard-${h.id.replace(/[^A-Za-z0-9.-]/g, '-')}@jincheng-76.local`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${icsDate(due)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(due, 1))}`,
      `SUMMARY:${escapeText(what)}`,
      `DESCRIPTION:${escapeText([`责任人：${h.owner || '未填写'}`, `整改措施：${h.measure || '未填写'}`].join('\n'))}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      `DESCRIPTION:${escapeText(`明天整改到期：${h.description}`)}`,
      'END:VALARM',
      'END:VEVENT',
    ];
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//jincheng-76//hazard-register//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('隐患整改时限')}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** 隐患排查治理台账: one row per hazard. */
export const registerTable = flatTable(
  plainColumns({
    no: ['序号', 'serial', 6],
    found: ['发现日期', 'text', 12],
    source: ['来源', 'text', 24],
    area: ['区域/部位', 'text', 12],
    level: ['隐患级别', 'text', 8],
    description: ['隐患描述', 'text', 40],
    measure: ['整改措施', 'text', 24],
    owner: ['责任人', 'text', 10],
    deadline: ['整改时限', 'text', 14],
    status: ['状态', 'text', 10],
    acceptedBy: ['验收人', 'text', 10],
    acceptedOn: ['验收日期', 'text', 12],
    opinion: ['验收意见', 'text', 20],
    photos: ['照片', 'text', 22],
  }),
);

/** A hazard as a row of the register (the Excel's and the printed page's). */
export const registerRow = (h: RegisterHazard, no: number): Record<string, string> => ({
  no: String(no),
  found: h.foundDate,
  source: h.source.kind === 'walk' ? '随手记录（日常巡查）' : `自查：${h.source.citation}`,
  area: h.area,
  level: h.level,
  description: h.description,
  measure: h.measure,
  owner: h.owner,
  deadline: h.deadline,
  status: h.status === '已验收' ? '已验收（销号）' : h.status,
  acceptedBy: h.acceptance?.by ?? '',
  acceptedOn: h.acceptance?.date ?? '',
  opinion: h.acceptance?.opinion ?? '',
  photos: registerPhotoNames(h, no)
    .map((p) => p.name)
    .join('、'),
});

/**
 * The file name each photo of a hazard has in the register's .zip and in its 照片 column:
 * 照片/<序号>-<整改前|整改后>-<n>.jpg, so a printed row leads to its photo.
 */
export function registerPhotoNames(h: Pick<RegisterHazard, 'photos'>, no: number) {
  const seen: Record<string, number> = {};
  return h.photos.map((p) => {
    seen[p.stage] = (seen[p.stage] ?? 0) + 1;
    return { id: p.id, name: `照片/${String(no).padStart(3, '0')}-${p.stage}-${seen[p.stage]}.jpg` };
  });
}

/**
 * The photos of the register as the .zip holds them, under the names its 照片 column gives (registerPhotoNames);
 * `stored` is what this browser has (id → data: URL). Photos not here are counted as missing, not packed.
 */
export function registerPhotoFiles(
  hazards: readonly RegisterHazard[],
  stored: ReadonlyMap<string, string>,
): { files: Record<string, Uint8Array>; missing: number } {
  const files: Record<string, Uint8Array> = {};
  let missing = 0;
  hazards.forEach((h, i) => {
    for (const p of registerPhotoNames(h, i + 1)) {
      const bytes = dataUrlBytes(stored.get(p.id) ?? '');
      if (bytes) files[p.name] = bytes;
      else missing++;
    }
  });
  return { files, missing };
}

/** The register as one sheet of the workbook (write with workbookBytes). */
export function registerSheet(
  hazards: readonly RegisterHazard[],
  enterprise: string,
  today: string,
): SheetModel {
  return tableSheet({
    name: '隐患台账',
    title: '隐患排查治理台账',
    table: registerTable,
    above: [[`企业名称：${enterprise}`, `导出日期：${today}`]],
    rows: hazards.map((h, i) => registerRow(h, i + 1)),
    notes: [
      '来源为“自查”的隐患，其描述、措施、责任人、时限和整改情况取自最近一次记录它的自查；验收（销号）记录在台账中。' +
        '重大事故隐患须有整改后照片和验收记录才能销号（本站规则）。照片保存在填写的浏览器中，' +
        '此处列出文件名；“下载台账和照片”得到的压缩包里，照片就在这些文件名下。',
    ],
  });
}

export const registerFileName = (enterprise: string, today: string, ext = 'xlsx') =>
  `${['隐患台账', enterprise || '未填企业名称', today].join('_').replace(/[\\/:*?"<>|\s]+/g, '_')}.${ext}`;

/** 整改经过: what happened to each hazard, in order — found, each self-check's 整改情况, 验收. */
export const historyTable = flatTable(
  plainColumns({
    no: ['隐患序号', 'serial', 8],
    date: ['日期', 'text', 12],
    event: ['事项', 'text', 16],
    detail: ['说明', 'text', 48],
  }),
);

export function registerHistoryRows(hazards: readonly RegisterHazard[]): Record<string, string>[] {
  return hazards.flatMap((h, i) => {
    const no = String(i + 1);
    const rows: Record<string, string>[] =
      h.source.kind === 'check'
        ? h.source.checks.map((c, n) => ({
            no,
            date: c.date,
            event: n === 0 ? '自查发现' : '再次自查',
            detail: `${c.label}：${h.source.kind === 'check' ? h.source.citation : ''}；整改情况：${c.progress}`,
          }))
        : [
            {
              no,
              date: h.foundDate,
              event: '随手记录',
              detail: `${h.description}；整改情况：${h.status === '已验收' ? '已整改' : h.status}`,
            },
          ];
    if (h.acceptance)
      rows.push({
        no,
        date: h.acceptance.date,
        event: '验收销号',
        detail: [`验收人：${h.acceptance.by}`, h.acceptance.opinion && `验收意见：${h.acceptance.opinion}`]
          .filter(Boolean)
          .join('；'),
      });
    return rows;
  });
}

export function registerHistorySheet(hazards: readonly RegisterHazard[]): SheetModel {
  return tableSheet({
    name: '整改经过',
    title: '隐患整改经过',
    table: historyTable,
    rows: registerHistoryRows(hazards),
    notes: ['隐患序号与“隐患台账”表的序号相同。来源为自查的隐患，每次记录它的自查各占一行。'],
  });
}

/** The register month by month in 附件1's 企业自查自纠情况 columns (registerMonthCounts). */
export const monthCountsTable = flatTable(
  plainColumns({
    month: ['月份', 'text', 10],
    checked: ['自查企业（家）', 'count', 10],
    general: ['一般隐患（条）', 'count', 10],
    generalFixed: ['已整改（条）', 'count', 10],
    major: ['重大隐患（条）', 'count', 10],
    majorFixed: ['已整改（条）', 'count', 10],
  }),
);

export function monthCountsSheet(counts: readonly MonthCounts[]): SheetModel {
  return tableSheet({
    name: '按月统计',
    title: '隐患台账按月统计（附件1 企业自查自纠情况的口径）',
    table: monthCountsTable,
    rows: counts.map((c) => ({
      month: `${Number(c.month.slice(0, 4))}年${Number(c.month.slice(5))}月`,
      checked: String(c.checked),
      general: String(c.general),
      generalFixed: String(c.generalFixed),
      major: String(c.major),
      majorFixed: String(c.majorFixed),
    })),
    notes: [
      '本站理解：隐患按发现日期计入当月；“已整改”按验收（销号）日期计入当月；当月有自查记录的，自查企业计 1 家。',
    ],
  });
}
