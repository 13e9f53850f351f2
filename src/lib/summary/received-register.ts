import type { AnnexLayout } from '../../schemas/annex-layout';
import { readRegisterFile } from '../register/file';
import { checksWithHazards } from '../register/from-book';
import { buildRegister, registerMonthCounts } from '../register/register';
import type { SelfCheckData } from '../self-check/data';
import {
  emptyFile,
  finishUnit,
  monthOutside,
  notForThisForm,
  selfCountCells,
  takesOwnFiles,
  type ReceivedFile,
} from './received';

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
