// The site's Content-Security-Policy: what it allows, and the last step that makes every built page's
// <meta http-equiv="content-security-policy"> complete.
//
// Astro's `security.csp` writes the meta and hashes the scripts and styles Astro itself bundles. It does
// not hash `<script is:inline>` blocks (Starlight's theme, search-shortcut and sidebar scripts are such
// blocks) nor `style="…"` attributes (Starlight writes a few), and it places the meta after those first
// inline scripts, where a policy does not reach them. `completePolicy` fixes all three on the built HTML:
// it adds the SHA-256 of each inline script still missing from `script-src`, the hashes of the page's
// style attributes to `style-src-attr 'unsafe-hashes'`, and moves the meta to the top of <head>.
// What runs is exactly what the build wrote; nothing typed or injected later matches a hash.
import { createHash } from 'node:crypto';

/** Directives besides script-src/style-src (Astro owns those two); passed to `security.csp.directives`. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'self'",
  // Starlight's and Pagefind's stylesheets draw icons as data: SVG images.
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

/**
 * `script-src` sources. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it permits
 * WebAssembly only and is not 'unsafe-eval' (eval and new Function stay blocked).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export const sha256 = (text: string) =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[lower]!;
  });
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

/** Bodies of the page's inline scripts that a browser would run (no src, a JavaScript type). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (attribute(attrs, 'src') !== undefined) continue;
    const type = (attribute(attrs, 'type') ?? '').trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(type)) continue;
    found.push(body);
  }
  return found;
}

/** Values of the page's style="…" attributes, as the browser sees them (entities decoded). */
export function styleAttributes(html: string): string[] {
  const withoutScripts = html.replace(SCRIPT, '');
  return [...withoutScripts.matchAll(STYLE_ATTRIBUTE)].map(([, dq, sq]) => decodeEntities(dq ?? sq ?? ''));
}

/** Splits a policy into [name, sources[]] pairs, keeping their order. */
export function parsePolicy(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/).filter(Boolean))
    .filter((parts) => parts.length > 0)
    .map(([name, ...sources]) => [name!.toLowerCase(), sources]);
}

export const formatPolicy = (directives: [string, string[]][]) =>
  directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ') + ';';

/** The policy of a built page, or undefined when it has none. */
export function pagePolicy(html: string): string | undefined {
  const m = META.exec(html);
  return m ? decodeEntities(m[1]!) : undefined;
}

export interface CompletedPage {
  html: string;
  policy: string;
  /** Hashes that were not in Astro's policy and now are. */
  added: string[];
}

/**
 * Completes the policy of one built page (see the note at the top of this file).
 * Throws when the page has no policy meta, so a page that escapes `security.csp` fails the build.
 */
export function completePolicy(html: string, page = 'page'): CompletedPage {
  const m = META.exec(html);
  if (!m)
    throw new Error(`${page} 没有 Content-Security-Policy <meta>：检查 astro.config.mjs 的 security.csp`);
  const directives = parsePolicy(decodeEntities(m[1]!));
  const added: string[] = [];
  const addTo = (name: string, hashes: string[], create: string[] | undefined) => {
    let entry = directives.find(([n]) => n === name);
    if (!entry) {
      if (!create || hashes.length === 0) return;
      entry = [name, [...create]];
      directives.push(entry);
    }
    if (entry[1].includes("'unsafe-inline'")) return;
    for (const hash of hashes) {
      const token = `'${hash}'`;
      if (!entry[1].includes(token)) {
        entry[1].push(token);
        added.push(hash);
      }
    }
  };

  const scriptHashes = [...new Set(inlineScripts(html).map(sha256))];
  addTo('script-src', scriptHashes, undefined);
  if (directives.some(([n]) => n === 'script-src-elem')) addTo('script-src-elem', scriptHashes, undefined);
  const styleHashes = [...new Set(styleAttributes(html).map(sha256))];
  addTo('style-src-attr', styleHashes, ["'unsafe-hashes'"]);

  const policy = formatPolicy(directives);
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`;
  let out = html.replace(META, '');
  // A <meta> policy only governs what comes after it: put it first in <head>, after the charset.
  const charset = /<meta\s+charset=[^>]*>/i.exec(out);
  if (charset) {
    const at = charset.index + charset[0].length;
    out = out.slice(0, at) + meta + out.slice(at);
  } else {
    out = out.replace(/<head(\s[^>]*)?>/i, (head) => head + meta);
  }
  return { html: out, policy, added };
}
