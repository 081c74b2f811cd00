// --jobs scheduling: files are handed out largest first (a big PDF must not start last and leave one
// thread working alone), yet reports come back in the order the user gave the files.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largestFirst, runChecks } from '../../cli/lib/run.ts';
import { nd30Pack } from '../../rules/packs/index.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'nd30', 'out');
const files = ['clean-qd.docx', 'clean-qd.pdf', 'input-scanned.pdf', 'fail-date-format.pdf', 'clean-kh.docx'].map((f) => join(FIX, f));

describe('--jobs scheduling', () => {
  it('hands files out largest first; a missing file goes last', () => {
    const order = largestFirst([...files, join(FIX, 'khong-co.pdf')]);
    const sizes = order.slice(0, files.length).map((i) => statSync(files[i]).size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(order).size).toBe(files.length + 1);
    expect(order[files.length]).toBe(files.length);
  });

  it('two jobs give the reports of one job, in input order, each file once', async () => {
    const seen: string[] = [];
    const two = await runChecks(files, nd30Pack, 2, (_d, _t, f) => seen.push(f));
    const one = await runChecks(files, nd30Pack, 1);
    expect(seen.sort()).toEqual([...files].sort());
    const strip = (rs: { elapsedMs: number }[]) => rs.map((r) => ({ ...r, elapsedMs: 0 }));
    expect(strip(two)).toEqual(strip(one));
    expect(two.map((r) => r.file)).toEqual(files);
  }, 120_000);
});
