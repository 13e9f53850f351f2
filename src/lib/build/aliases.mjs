// @ts-check
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Module aliases shared by the site's build (astro.config.mjs), the tests (vitest.config.ts) and the
 * benchmark bundles (scripts/bench-forms.mjs, esbuild).
 *
 * `write-excel-file/xlsx-contents`: write-excel-file's own function that lays a workbook out as its
 * XML parts, before zipping. Its public entries zip with fflate's asynchronous `zip`, which starts
 * Web Workers from `blob:` URLs once a part passes 160 KB; the site's CSP (`worker-src 'self'`)
 * refuses them and the promise never settles (issue 16). The table layer zips the parts itself with
 * fflate's `zipSync` (src/lib/table/xlsx-write.ts), in the site's own worker file for large tables.
 * The package's `exports` map does not list this file, hence the alias to its path (write-excel-file
 * is pinned in package.json; the unit tests in xlsx-write.test.ts fail if the file moves).
 */
const require = createRequire(import.meta.url);
const writeExcelFileDir = path.dirname(require.resolve('write-excel-file/package.json'));

export const XLSX_CONTENTS_MODULE = 'write-excel-file/xlsx-contents';
export const XLSX_CONTENTS_PATH = path.join(
  writeExcelFileDir,
  'modules',
  'xlsx',
  'generateXlsxFileContents.js',
);

/** For Vite's `resolve.alias`. */
export const VITE_ALIASES = [{ find: /^write-excel-file\/xlsx-contents$/, replacement: XLSX_CONTENTS_PATH }];

/** For esbuild's `alias` option. */
export const ESBUILD_ALIAS = { [XLSX_CONTENTS_MODULE]: XLSX_CONTENTS_PATH };
