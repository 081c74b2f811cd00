// Chrome refuses a content script that is not valid UTF-8 and rolldown may emit raw noncharacters
// (stack-notes §2): the built content scripts must be pure ASCII.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT, ensureBuilt } from './browser.ts';
import { nonAscii } from '../../extension/lib/ascii.ts';

test('every built content script is ASCII-only', () => {
  ensureBuilt();
  const out = join(ROOT, '.output');
  const targets = readdirSync(out).filter((d) => existsSync(join(out, d, 'content-scripts')));
  expect(targets).toContain('chrome-mv3');
  let files = 0;
  for (const t of targets) {
    const dir = join(out, t, 'content-scripts');
    for (const f of readdirSync(dir)) {
      files++;
      const bad = nonAscii(readFileSync(join(dir, f)));
      expect(bad, `${t}/content-scripts/${f}`).toEqual([]);
    }
  }
  expect(files).toBeGreaterThan(0);
});

test('the check itself catches a non-ASCII byte', () => {
  expect(nonAscii(Buffer.from('const a = "ok";'))).toEqual([]);
  expect(nonAscii(Buffer.from('const a = "\uFFFF";'))[0]).toMatchObject({ offset: 11 });
});
