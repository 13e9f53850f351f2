export interface PageFile {
  kind: 'html' | 'js' | 'css';
  path: string;
  raw: number;
  gzip: number;
}
export interface PageResult {
  page: string;
  files: PageFile[];
  missing: string[];
  external: string[];
  islands: number;
}
export interface Size {
  raw: number;
  gzip: number;
}
export const PAGE_TYPES: { label: string; path: string | null; prefix?: string }[];
export function parseHtmlAssets(html: string): {
  css: string[];
  js: string[];
  inlineModules: string[];
  islands: { component: string; renderer?: string }[];
};
export function extractStaticImports(code: string): string[];
export function analyzePage(distDir: string, pagePath: string): PageResult;
export function summarize(result: PageResult): { html: Size; js: Size; css: Size; total: Size };
export function resolvePageTargets(distDir: string): { label: string; path: string }[];
export function displayWidth(s: string): number;
export function table(rows: string[][], aligns?: string[]): string;
export function kb(bytes: number): string;
