/**
 * Several files as one .zip (a workbook with the photos it names). fflate is loaded on first use and zips
 * synchronously: its asynchronous `zip` starts `blob:` workers the site's CSP refuses (issue 16). Files that
 * are already compressed (.xlsx, .jpg) are stored, not compressed again.
 */
export async function zipBytes(
  files: Readonly<Record<string, Uint8Array>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const { zipSync } = await import('fflate');
  return zipSync({ ...files }, { level: 0 }) as Uint8Array<ArrayBuffer>;
}

/** A data: URL (a stored photo) as bytes. */
export function dataUrlBytes(dataUrl: string): Uint8Array<ArrayBuffer> | null {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) return null;
  try {
    // Uint8Array.fromBase64 where the browser has it (Chromium 140+): a 300 KB photo without a byte loop.
    const fromBase64 = (Uint8Array as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64;
    if (fromBase64) return fromBase64(dataUrl.slice(comma + 1));
    const text = atob(dataUrl.slice(comma + 1));
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}
