import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CSP_DIRECTIVES,
  SCRIPT_SOURCES,
  completePolicy,
  inlineScripts,
  pagePolicy,
  parsePolicy,
  sha256,
  styleAttributes,
} from './csp';

const astroMeta =
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-AAA='; ` +
  `style-src 'self' 'sha256-BBB='; style-src-attr 'unsafe-hashes';">`;
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title>${head}</head><body>${body}</body></html>`;

describe('sha256', () => {
  it('is the base64 SHA-256 a browser compares with', () => {
    // The hash of the empty script, as Chromium reports it.
    expect(sha256('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256('中文')).toBe(`sha256-${createHash('sha256').update('中文').digest('base64')}`);
  });
});

describe('inlineScripts', () => {
  it('finds inline classic and module scripts, not external ones or data blocks', () => {
    const html = page(
      `<script>a()</script><script type="module">b()</script><script src="/x.js"></script>` +
        `<script type="module" src="/y.js"></script><script type="application/json">{"c":1}</script>` +
        `<script aria-hidden="true">\n\td()\n</script>`,
    );
    expect(inlineScripts(html)).toEqual(['a()', 'b()', '\n\td()\n']);
  });
});

describe('styleAttributes', () => {
  it('reads double- and single-quoted values and decodes entities, outside scripts', () => {
    const html = page(
      '<script>el.innerHTML = \'<b style="color:red">\'</script>',
      `<kbd style="display: none;"></kbd><p style='--x: &quot;a&quot;'></p><dialog style="padding:0">`,
    );
    expect(styleAttributes(html)).toEqual(['display: none;', '--x: "a"', 'padding:0']);
  });
  it('does not take a data-style attribute for a style', () => {
    expect(styleAttributes(page('', '<div data-style="x"></div>'))).toEqual([]);
  });
});

describe('completePolicy', () => {
  const html = page(
    `<script>theme()</script><link rel="stylesheet" href="/a.css">${astroMeta}<script type="module">ok()</script>`,
    `<kbd style="display: none;"></kbd><kbd style="display: none;"></kbd>`,
  );
  const done = completePolicy(html, 'x/index.html');

  it('adds the hashes of inline scripts Astro did not hash, once each', () => {
    const script = parsePolicy(done.policy).find(([n]) => n === 'script-src')![1];
    expect(script).toEqual(["'self'", "'sha256-AAA='", `'${sha256('theme()')}'`, `'${sha256('ok()')}'`]);
  });

  it("allows exactly the page's style attributes, with 'unsafe-hashes' and never 'unsafe-inline'", () => {
    const attr = parsePolicy(done.policy).find(([n]) => n === 'style-src-attr')![1];
    expect(attr).toEqual(["'unsafe-hashes'", `'${sha256('display: none;')}'`]);
    expect(done.policy).not.toContain('unsafe-inline');
  });

  it('keeps the other directives as Astro wrote them', () => {
    expect(parsePolicy(done.policy).find(([n]) => n === 'style-src')![1]).toEqual([
      "'self'",
      "'sha256-BBB='",
    ]);
    expect(done.policy.startsWith("default-src 'self';")).toBe(true);
  });

  it('moves the policy to the top of <head>, before any script, and keeps only one', () => {
    expect(done.html.indexOf('content-security-policy')).toBeLessThan(done.html.indexOf('<script'));
    expect(done.html.indexOf('content-security-policy')).toBeGreaterThan(done.html.indexOf('<meta charset'));
    expect(done.html.match(/content-security-policy/g)).toHaveLength(1);
    expect(pagePolicy(done.html)).toBe(done.policy);
  });

  it('reports what it added, and adds nothing the second time', () => {
    expect(done.added).toHaveLength(3);
    const again = completePolicy(done.html);
    expect(again.added).toEqual([]);
    expect(again.html).toBe(done.html);
  });

  it('creates style-src-attr when Astro wrote none and the page has style attributes', () => {
    const noAttr = astroMeta.replace(" style-src-attr 'unsafe-hashes';", '');
    const out = completePolicy(page(noAttr, '<p style="margin:0"></p>'));
    expect(out.policy).toContain(`style-src-attr 'unsafe-hashes' '${sha256('margin:0')}';`);
  });

  it('fails on a page without a policy, naming the page', () => {
    expect(() => completePolicy(page('<script>x()</script>'), 'about/index.html')).toThrow(
      /about\/index\.html 没有 Content-Security-Policy/,
    );
  });
});

describe('the site policy', () => {
  it("is strict: same origin only, no plugins, no 'unsafe-eval' or 'unsafe-inline' for scripts", () => {
    const all = [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`].join('; ');
    for (const required of [
      "default-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
    ]) {
      expect(CSP_DIRECTIVES).toContain(required);
    }
    expect(all).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
  });
});
