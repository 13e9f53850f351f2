// write-excel-file's workbook layout before zipping (aliased in src/lib/build/aliases.mjs).
declare module 'write-excel-file/xlsx-contents' {
  import type { Options, SheetData, SheetOptions } from 'write-excel-file/universal';
  type Sheet = { data: SheetData } & SheetOptions<Blob>;
  /** The files inside the .xlsx, by path ("xl/worksheets/sheet1.xml" …): XML text, or a Blob for images. */
  export default function generateXlsxFileContents(
    data: SheetData | Sheet[],
    sheetOptionsOrOptions?: SheetOptions<Blob> | Options<Blob>,
    options?: Options<Blob>,
  ): Record<string, string | Blob>;
}
