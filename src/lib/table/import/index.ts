/**
 * Reading tables back from files people send: cells (a cell as typed text), finding a table by its
 * header (any table description), the 填报 fields, and the rows (each row kind reads its own, see
 * ../rows). `readTables` gives the tables of a file sheet by sheet; `matrixToAnnex` /
 * `importAnnexFile` read a whole annex form.
 */
export { cellAt, cellText, columnLetter, isBlank, type Matrix, normHeader } from './cells';
export {
  findTable,
  findTables,
  type FoundTable,
  type HeaderMatch,
  type SheetMatrix,
  tableRows,
  type TableRowsOptions,
  TOTAL_WORDS,
} from './find-table';
export { bareDate, labelPattern, readBareDates, readFields, readTitleField, withoutRemark } from './fields';
export {
  heldRows,
  type ImportError,
  type ImportResult,
  lackingRows,
  matrixToAnnex,
  type MatrixOptions,
  totalMismatch,
} from './annex';
export { importAnnexFile, isCsvFile, readSheets, readTables } from './file';
export { dateToYmd } from '../../common/dates';
export { flatHeaders } from '../sheet';
