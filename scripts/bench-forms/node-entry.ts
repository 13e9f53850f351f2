// npm run bench 的 Node 入口（scripts/bench-forms.mjs 用 esbuild 打包后导入）。
export { benchAnnex, bigAnnex, exportXlsxBytes } from './ops';
export { csvBytes, toCsv } from '../../src/lib/table/csv';
export { loadLayoutsFromFiles } from '../../src/lib/table/load-layouts-node';
export { samples } from '../../src/lib/table/fixtures/samples';
