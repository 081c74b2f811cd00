// npm run check:dossier: one JSON report in the report.md shape with --json, readable Vietnamese
// otherwise, Mẫu 02 with --mau02; exit 0 checked, 1 an error finding, 2 bad usage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../../rules/report.ts';
import { readDocument } from '../../rules/read/index.ts';
import { fixtures } from './helpers.ts';

const root = join(import.meta.dirname, '..', '..');
function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli', 'check-dossier.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const dir = (code: string, variant: string) => join(fixtures, code, variant);

describe('npm run check:dossier', () => {
  it('prints one JSON report and exits 0 for a complete dossier', () => {
    const r = run('--procedure', '1.001193', '--received', '2026-03-10', '--json', dir('1.001193', 'complete'));
    expect(r.code).toBe(0);
    const rep = Report.parse(JSON.parse(r.out));
    expect(rep.docType?.code).toBe('1.001193');
    expect(rep.findings).toEqual([]);
    expect(rep.file).toBe('complete');
  });

  it('exits 1 when a required component is missing, and writes Mẫu 02 listing it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mau02-')), 'phieu.docx');
    const r = run('--procedure', '1.000656', '--json', '--mau02', out, dir('1.000656', 'missing'));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['tthc.component.missing']);
    expect(existsSync(out)).toBe(true);
    const m = await readDocument(new Uint8Array(readFileSync(out)));
    expect(m.ok && m.model.paragraphs.some((p) => p.cell?.table === 1 && p.text.startsWith('Giấy báo tử'))).toBe(true);
  });

  it('takes case answers and prints a readable Vietnamese report', () => {
    const r = run('--procedure', '1.004873', '--case', 'da-ly-hon=co', dir('1.004873', 'missing'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('THIẾU (1):');
    expect(r.out).toContain('Giấy tờ hợp lệ chứng minh việc ly hôn');
    expect(r.out).toContain('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân');
    const single = run('--procedure', '1.004873', '--case', 'da-ly-hon=khong', dir('1.004873', 'missing'));
    expect(single.code).toBe(0);
    expect(single.out).toContain('✓ Hồ sơ đủ thành phần');
  });

  it('exits 0 with warnings only (an excess file) and accepts individual files', () => {
    const d = dir('1.000894', 'excess');
    const r = run('--procedure', '1.000894', '--json', join(d, 'tep-1.docx'), join(d, 'tep-9.pdf'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['tthc.component.excess']);
  });

  it('exits 2 on bad usage and on an unknown procedure', () => {
    expect(run(dir('1.001193', 'complete')).code).toBe(2);
    expect(run('--procedure', '1.001193').code).toBe(2);
    expect(run('--procedure', '1.001193', '--case', 'oops', dir('1.001193', 'complete')).code).toBe(2);
    const badKey = run('--procedure', '1.001193', '--case', 'uy-quyen=maybe', dir('1.001193', 'complete'));
    expect(badKey.code).toBe(2);
    expect(badKey.err).toContain('"uy-quyen" (Người nộp được ủy quyền?) nhận một trong: co, khong');
    expect(run('--procedure', '1.001193', '--assign', 'tep-1.docx=khong-co', dir('1.001193', 'complete')).code).toBe(2);
    const unknown = run('--procedure', '9.000001', '--json', dir('1.001193', 'complete'));
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.out).findings[0].ruleId).toBe('tthc.procedure.unknown');
  });
});
