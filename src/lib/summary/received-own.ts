import type { AnnexLayout } from '../../schemas/annex-layout';
import { readRegisterFile, REGISTER_FILE_FORMAT } from '../register/file';
import { checksWithHazards } from '../register/from-book';
import { buildRegister, registerMonthCounts } from '../register/register';
import type { SectorId } from '../../schemas';
import { readTypedDate } from '../common/dates';
import type { SelfCheckData } from '../self-check/data';
import { readSelfCheckFile } from '../self-check/file';
import { hazardsOf } from '../self-check/hazards';
import { checkItems } from '../self-check/items';
import { selectSelfCheck } from '../self-check/select';
import {
  emptyFile,
  finishUnit,
  monthOutside,
  notForThisForm,
  selfCountCells,
  takesOwnFiles,
  type ReceivedFile,
} from './received';

/*
 * An enterprise's own files for 附件1's 企业自查自纠情况: its self-check file and its 隐患台账 file (.json). Loaded
 * only when such a file is read (readReceived), so the 汇总 page does not carry the self-check's code at first.
 */

/**
 * A self-check file (.json, from 企业自查) as 附件1's 企业自查自纠情况 for its month. 本站理解: its month
 * is the month of its 检查日期 (the day the enterprise checked, not the day it exported the file); it adds
 * 1 to 自查企业（家）, its 一般 and 重大 hazards to 一般隐患/重大隐患（条）, and those marked 已整改 to the
 * 已整改（条） after each. The hazards are those the self-check page lists (`hazardsOf`): plan items
 * answered 不符合 and criteria answered 存在该情形, a plan item and its linked criterion counted once,
 * with the level the page shows.
 */
export function readSelfCheckReceived(
  layout: AnnexLayout,
  text: string,
  fileName: string,
  id: string,
  data: SelfCheckData | null,
): ReceivedFile {
  const file = emptyFile(id, fileName, 'self-check');
  if (!data || !takesOwnFiles(layout)) return notForThisForm(layout, file, '企业自查文件');
  const parsed = readSelfCheckFile(text, fileName);
  if ('error' in parsed) return finishUnit({ ...file, problems: [parsed.error] });
  const { check } = parsed;
  file.unit = check.enterprise.trim();
  file.date = check.date.trim();
  const day = readTypedDate(check.date);
  if (typeof day !== 'string') {
    file.problems.push(
      `文件“${fileName}”没有检查日期（或不是日期），无法确定计入哪个月；请在企业自查页面填写检查日期后重新导出`,
    );
    return finishUnit(file);
  }
  const month = day.slice(0, 7);
  const outside = monthOutside(layout, month);
  if (outside) {
    file.problems.push(`文件“${fileName}”检查日期 ${day}：${outside}`);
    return finishUnit(file);
  }
  const selection = selectSelfCheck(data, check.kinds as SectorId[], check.answers);
  const hazards = hazardsOf(checkItems(data, selection), check, day);
  const of = (level: '一般' | '重大') => hazards.filter((h) => h.level === level);
  const fixed = (level: '一般' | '重大') => of(level).filter((h) => h.result.progress === '已整改').length;
  const cells = selfCountCells(layout, {
    checked: 1,
    general: of('一般').length,
    generalFixed: fixed('一般'),
    major: of('重大').length,
    majorFixed: fixed('重大'),
  });
  file.months.push({ month, row: 0, cells });
  return finishUnit(file);
}

const fullMonth = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;

/** Said with every register file that counts (本站理解: the plan does not say how a register is counted). */
export const REGISTER_COUNT_NOTE =
  '本站理解：隐患台账文件按月计入企业自查自纠情况——隐患按发现日期计入当月，已整改按验收（销号）日期计入当月，当月有自查记录的计自查企业 1 家';

/**
 * An enterprise's 隐患台账 file (.json, “导出台账文件”) read for 附件1: its register month by month in the
 * 企业自查自纠情况 columns (registerMonthCounts). Months outside the form's months are said and left out;
 * a file with none inside is left out with the reason. Never throws.
 */
export function readRegisterReceived(
  layout: AnnexLayout,
  text: string,
  fileName: string,
  id: string,
  data: SelfCheckData | null,
): ReceivedFile {
  const file = emptyFile(id, fileName, 'register');
  if (!data || !takesOwnFiles(layout)) return notForThisForm(layout, file, '企业的隐患台账文件');
  const parsed = readRegisterFile(text, fileName);
  if ('error' in parsed) return finishUnit({ ...file, problems: [parsed.error] });
  file.unit = parsed.enterprise.trim();
  file.date = parsed.exportedAt.slice(0, 10);
  const hazards = buildRegister(
    checksWithHazards(data, { current: '', checks: parsed.checks }, file.date),
    parsed.register,
  );
  const counts = registerMonthCounts(
    hazards,
    parsed.checks.map((c) => c.date),
  );
  const outside: string[] = [];
  for (const c of counts) {
    if (monthOutside(layout, c.month)) {
      outside.push(c.month);
      continue;
    }
    const cells = selfCountCells(layout, c);
    file.months.push({ month: c.month, row: 0, cells });
  }
  const range = outside.length ? monthOutside(layout, outside[0]!)!.replace(/^.*?不在/, '不在') : '';
  if (file.months.length === 0)
    file.problems.push(
      counts.length === 0
        ? `文件“${fileName}”的隐患台账没有带日期的记录，无法确定计入哪个月`
        : `文件“${fileName}”的隐患台账记录在 ${outside.map(fullMonth).join('、')}，都${range}，没有可以计入本表的月份`,
    );
  else {
    if (outside.length) file.notices.push(`${outside.map(fullMonth).join('、')}的记录${range}，未计入`);
    file.notices.push(REGISTER_COUNT_NOTE);
  }
  return finishUnit(file);
}

/** Whether a .json file's text says it is a 隐患台账 file (its `format`); anything else is read as a self-check. */
function isRegisterText(text: string): boolean {
  try {
    const json = JSON.parse(text) as { format?: unknown } | null;
    return json?.format === REGISTER_FILE_FORMAT;
  } catch {
    return false;
  }
}

/** An enterprise's own .json file: a 隐患台账 file when its `format` says so, else a self-check file. */
export const readOwnFile = (
  layout: AnnexLayout,
  text: string,
  fileName: string,
  id: string,
  data: SelfCheckData | null,
): ReceivedFile =>
  isRegisterText(text)
    ? readRegisterReceived(layout, text, fileName, id, data)
    : readSelfCheckReceived(layout, text, fileName, id, data);
