// `npm run check` as a user runs it: a subprocess with files and folders, JSON and human output,
// exit codes, --jobs 2 on worker threads, --rules overlays, broken and unsupported files.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { Report } from '../../rules/report.ts';

const root = join(import.meta.dirname, '..', '..');
const FIX = join(root, 'test', 'fixtures', 'nd30', 'out');

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(root, 'cli', 'check.ts'), ...args], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 << 20, timeout: 300_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(() => {
  // A folder as users have them: a sub-folder, a clean .docx, a faulty PDF, a broken file, a .rtf, a hidden file.
  dir = mkdtempSync(join(tmpdir(), 'nd30-cli-'));
  mkdirSync(join(dir, 'b'));
  copyFileSync(join(FIX, 'clean-tb.docx'), join(dir, 'a-thong-bao.docx'));
  copyFileSync(join(FIX, 'fail-margin-left.pdf'), join(dir, 'b', 'le-trai.pdf'));
  copyFileSync(join(FIX, 'input-corrupt.docx'), join(dir, 'c-hong.docx'));
  copyFileSync(join(FIX, 'input-rtf.rtf'), join(dir, 'd-cu.rtf'));
  writeFileSync(join(dir, '.DS_Store'), 'x');
});

describe('npm run check', () => {
  it('--json: exactly one JSON array on stdout, sorted folder order, valid reports, exit 1 on errors', async () => {
    const r = await cli(['--json', dir]);
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.stdout).map((x: unknown) => Report.parse(x));
    expect(reports.map((x: Report) => x.file)).toEqual(['a-thong-bao.docx', 'b/le-trai.pdf', 'c-hong.docx', 'd-cu.rtf'].map((f) => join(dir, f)));
    const [clean, pdf, broken, rtf] = reports;
    expect(clean.summary.errors).toBe(0);
    expect(clean.docType.code).toBe('TB');
    expect(pdf.findings.find((f: { ruleId: string }) => f.ruleId === 'nd30.page.margin-left')).toMatchObject({ status: 'fail', location: { page: 1 } });
    expect(broken.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['input.corrupt']);
    expect(rtf.findings[0]).toMatchObject({ ruleId: 'input.unsupported-format', status: 'fail' });
    expect(r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    expect(r.stderr).toContain('[4/4]'); // progress goes to stderr
  });

  it('human output: Vietnamese block per file and a summary table; exit 0 when no error', async () => {
    const r = await cli([join(FIX, 'clean-cv.docx'), join(FIX, 'clean-gm.pdf')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Công văn (CV)');
    expect(r.stdout).toContain('Giấy mời (GM)');
    expect(r.stdout).toContain('Tổng hợp');
    expect(r.stdout).toMatch(/Cộng\s+0/);
  });

  it('--jobs 2 on worker threads gives the same reports in the same order as --jobs 1', async () => {
    const files = ['clean-qd.docx', 'clean-qd.pdf', 'fail-so-syntax.docx', 'fail-date-format.pdf', 'input-scanned.pdf', 'clean-kh.docx'].map((f) => join(FIX, f));
    // ND30_JOBS_MAIN=0 leaves every file to the two worker threads, so the worker path is what is tested.
    const [one, two] = await Promise.all([cli(['--json', '--jobs', '1', ...files]), cli(['--json', '--jobs', '2', ...files], { ND30_JOBS_MAIN: '0' })]);
    expect(two.stderr).toContain('(luồng 1)');
    expect(two.stderr).toContain('(luồng 2)');
    expect(two.stderr).not.toContain('(luồng 0)');
    expect(two.code).toBe(one.code);
    const strip = (s: string) => JSON.parse(s).map((r: Report) => ({ ...r, elapsedMs: 0 }));
    expect(strip(two.stdout)).toEqual(strip(one.stdout));
    expect(strip(one.stdout)[4].findings[0].ruleId).toBe('input.scanned');
  });

  it('--rules: an overlay narrows values and shows in the report rule set', async () => {
    const r = await cli(['--json', '--rules', join(root, 'rules', 'packs', 'overlays', 'example-province.json'), join(FIX, 'clean-tb.docx')]);
    const [rep] = JSON.parse(r.stdout);
    expect(rep.ruleSet.version).toBe('2026.1.0+tinh-vi-du.2026.1.0');
    // The clean document has body 14 pt and a 30 mm left margin: still clean under the province's narrower values.
    expect(rep.summary.errors).toBe(0);
    const r2 = await cli(['--json', '--rules', join(root, 'rules', 'packs', 'overlays', 'example-province.json'), join(FIX, 'fail-body-size.docx')]);
    const f = JSON.parse(r2.stdout)[0].findings.find((x: { ruleId: string }) => x.ruleId === 'nd30.noi-dung.font-size');
    expect(f.message).toContain('tỉnh quy định thống nhất cỡ 14');
  });

  it('bad usage exits 2 with a Vietnamese message and nothing on stdout', async () => {
    const bad = await Promise.all([
      cli([]),
      cli(['--jobs', 'zero', dir]),
      cli(['--frobnicate', dir]),
      cli([join(dir, 'khong-co.docx')]),
      cli(['--rules', join(FIX, 'clean-tb.docx'), dir]),
    ]);
    for (const r of bad) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/Cách dùng/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(bad[3].stderr).toContain('Không tìm thấy');
    expect(bad[4].stderr).toContain('không phải JSON');
  });
});
