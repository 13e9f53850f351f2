import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, which } from './ensure-chromium.mjs';

describe('scripts/ensure-chromium.mjs', () => {
  it('优先使用 CHROME_PATH', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chrome-test-'));
    try {
      const fake = path.join(dir, 'my-chrome');
      fs.writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
      expect(findChromium({ CHROME_PATH: fake, PATH: '' })).toBe(fake);
      expect(which('my-chrome', dir)).toBe(fake);
      expect(which('my-chrome', '/nonexistent')).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
