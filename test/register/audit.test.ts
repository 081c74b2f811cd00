// The register audit on committed, generated exports of one realistic month (Feb 2026, Tết and a
// make-up Saturday) in three layouts: every planted fault is found, and nothing else.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { auditRegister } from '../../rules/register/audit.ts';
import { CalendarData, WorkCalendar } from '../../rules/register/calendar.ts';
import { defaultCatalogue } from '../../rules/dossier/index.ts';
import { wall } from '../../rules/register/wall-time.ts';
import { Finding } from '../../rules/report.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'test/fixtures/register/out');
const planted = JSON.parse(readFileSync(join(dir, 'planted.json'), 'utf8'));
const calendar = new WorkCalendar(CalendarData.parse(JSON.parse(readFileSync(join(dir, 'calendar-tinh-mau-2026.json'), 'utf8'))));
const now = wall(2026, 3, 10, 17, 0);
const bytes = (f: string) => new Uint8Array(readFileSync(join(dir, f)));
const audit = (f: string, extra: object = {}) => auditRegister(bytes(f), { file: f, catalogues: [defaultCatalogue], calendar, now, ...extra });
const key = (ruleId: string, code: string | null | undefined) => `${ruleId} ${code ?? '(không mã)'}`;

const LAYOUTS = [
  ['json', 'thang-02-2026.dvcqg.json', 'dvcqg-json'],
  ['csv', 'thang-02-2026.so-theo-doi.csv', 'so-theo-doi'],
  ['xlsx', 'thang-02-2026.igate.xlsx', 'igate'],
] as const;

describe.each(LAYOUTS)('layout %s', (layout, file, layoutId) => {
  it('recognises the layout and reads every dossier', async () => {
    const a = await audit(file);
    expect(a.layout).toBe(layoutId);
    expect(a.records).toBe(planted.dossiers);
    expect(a.badRows).toBe(0);
  });
  it('finds exactly the planted faults', async () => {
    const a = await audit(file);
    const got = a.findings.filter((f) => f.status === 'fail').map((f) => key(f.ruleId, f.location?.text)).sort();
    const want = planted.expected[layout].map((e: { ruleId: string; code: string | null }) => key(e.ruleId, e.code)).sort();
    expect(got).toEqual(want);
    // Every rule id of the register section is exercised in some layout.
    for (const f of a.findings) expect(() => Finding.parse(f)).not.toThrow();
  });
  it('says needs_review, never pass, where the export cannot show a rule', async () => {
    const a = await audit(file);
    const reviewed = new Set(a.findings.filter((f) => f.status === 'needs_review').map((f) => f.ruleId));
    // Fees set by the province are not in the catalogue.
    expect(reviewed.has('tthc.record.fee')).toBe(true);
    if (layout === 'xlsx') {
      expect(reviewed.has('tthc.record.control-slip-missing')).toBe(true);
      expect(reviewed.has('tthc.record.step-late')).toBe(true);
    } else expect(reviewed.has('tthc.record.control-slip-missing')).toBe(false);
  });
});

// The register section of shared/spec/rules.md (a public contract).
const RECORD_IDS = [
  'tthc.record.not-in-software',
  'tthc.record.appointment',
  'tthc.record.time-inconsistent',
  'tthc.record.late',
  'tthc.record.apology-missing',
  'tthc.record.apology-repeated',
  'tthc.record.supplement-late',
  'tthc.record.control-slip-missing',
  'tthc.record.step-late',
  'tthc.record.fee',
];

it('covers every tthc.record.* rule id of the spec across the layouts', () => {
  const spec = join(root, '../shared/spec/rules.md');
  if (existsSync(spec)) expect(RECORD_IDS).toEqual([...readFileSync(spec, 'utf8').matchAll(/`(tthc\.record\.[a-z-]+)`/g)].map((m) => m[1]));
  const plantedIds = new Set([...planted.expected.json, ...planted.expected.csv, ...planted.expected.xlsx].map((e: { ruleId: string }) => e.ruleId));
  for (const id of RECORD_IDS) expect(plantedIds, id).toContain(id);
});

describe('cross-check with the paper register', () => {
  it('finds the entries never entered in the software and the printed time that differs', async () => {
    const a = await audit('thang-02-2026.so-theo-doi.csv', { paper: { bytes: bytes('thang-02-2026.so-giay.csv'), file: 'thang-02-2026.so-giay.csv' } });
    const paperFails = a.findings.filter((f) => f.location?.file === 'thang-02-2026.so-giay.csv');
    expect(paperFails.map((f) => [f.ruleId, f.location?.row])).toEqual(
      planted.paper.filter((p: { paperRow: number }) => p.paperRow > 0).map((p: { ruleId: string; paperRow: number }) => [p.ruleId, p.paperRow]),
    );
    const shifted = planted.paper.find((p: { paperRow: number }) => p.paperRow < 0);
    const t = a.findings.filter((f) => f.ruleId === 'tthc.record.time-inconsistent' && f.location?.text === shifted.code);
    expect(t).toHaveLength(1);
    expect(t[0].message).toMatch(/trên phiếu\/sổ/);
    // The summary table counts them as received but not in the software.
    const total = a.table.reduce((s, r) => s + r.notInSoftware, 0);
    expect(total).toBe(4); // three paper-only entries + the record without a code
  });
});

describe('the summary table', () => {
  it('counts received, late and late without apology per procedure and month', async () => {
    const a = await audit('thang-02-2026.dvcqg.json');
    const sum = (k: 'received' | 'late' | 'lateWithoutApology' | 'onTime' | 'open') => a.table.reduce((s, r) => s + r[k], 0);
    expect(sum('received')).toBe(planted.dossiers);
    const lates = planted.expected.json.filter((e: { ruleId: string }) => e.ruleId === 'tthc.record.late').length;
    const noApology = planted.expected.json.filter((e: { ruleId: string }) => e.ruleId === 'tthc.record.apology-missing').length;
    expect(sum('late')).toBe(lates);
    expect(sum('lateWithoutApology')).toBe(noApology);
    expect(sum('onTime') + sum('late') + sum('open')).toBe(planted.dossiers);
    expect(a.table.every((r) => r.month === '2026-02')).toBe(true);
  });
});

describe('bad input', () => {
  it('a malformed row is a finding with its row number, the rest is still audited', async () => {
    const a = await audit('loi-dong.csv');
    const rows = a.findings.filter((f) => f.ruleId === 'tthc.record.row-invalid').map((f) => f.location?.row);
    expect(rows).toEqual(planted.malformedRows);
    expect(a.records).toBe(6 - planted.malformedRows.length);
  });
  it('a PDF given as the export is an input.unsupported-format finding, not a crash', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
    const a = await auditRegister(pdf, { file: 'nham.pdf', catalogues: [defaultCatalogue], now });
    expect(a.findings.map((f) => f.ruleId)).toEqual(['input.unsupported-format']);
    expect(a.findings[0].message).toMatch(/PDF/);
  });
  it('an export with no recognisable columns asks for the column mapping', async () => {
    const csv = new TextEncoder().encode('Cột A,Cột B\n1,2\n');
    const a = await auditRegister(csv, { file: 'la.csv', catalogues: [defaultCatalogue], now });
    expect(a.findings[0].ruleId).toBe('input.corrupt');
    expect(a.findings[0].message).toMatch(/Mã hồ sơ.*Ngày tiếp nhận|ghép cột/);
  });
  it('a saved column mapping makes an unknown product readable', async () => {
    const csv = new TextEncoder().encode('So HS,Luc nhan,Ma TT,Hen tra\nX-260209-0001,09/02/2026 09:00,2.000815,09/02/2026 17:00\n');
    const a = await auditRegister(csv, {
      file: 'khac.csv',
      catalogues: [defaultCatalogue],
      now,
      mapping: { layout: 'phan-mem-x', columns: { code: 'So HS', receivedAt: 'Luc nhan', procedureCode: 'Ma TT', appointmentAt: 'Hen tra' } },
    });
    expect(a.records).toBe(1);
    expect(a.layout).toBe('phan-mem-x');
    expect(a.findings.filter((f) => f.ruleId === 'tthc.record.appointment' && f.status === 'fail')).toEqual([]);
  });
});

describe('npm run audit:register', () => {
  const run = promisify(execFile);
  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', join(root, 'cli/audit-register.ts'), ...args], { cwd: root }).then(
      (r) => ({ code: 0, ...r }),
      (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
    );
  it('--json prints one document with the planted findings and exits 1 (errors found)', async () => {
    const r = await cli(['--json', '--calendar', join(dir, 'calendar-tinh-mau-2026.json'), '--now', '2026-03-10T17:00', join(dir, 'thang-02-2026.igate.xlsx')]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.records).toBe(planted.dossiers);
    expect(doc.findings.filter((f: Finding) => f.status === 'fail')).toHaveLength(planted.expected.xlsx.length);
  });
  it('prints a Vietnamese summary table without --json', async () => {
    const r = await cli(['--calendar', join(dir, 'calendar-tinh-mau-2026.json'), '--now', '2026-03-10T17:00', join(dir, 'thang-02-2026.so-theo-doi.csv')]);
    expect(r.stdout).toMatch(/Quá hạn không xin lỗi/);
    expect(r.stdout).toMatch(/tthc\.record\.supplement-late/);
  });
  it('bad usage exits 2 with the usage line', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Cách dùng/);
  });
});

describe('statistics of an audit', () => {
  it('sends counts per rule id and month only — no dossier codes, names or file names', async () => {
    const { summariesFromAudit } = await import('../../rules/register/stats.ts');
    const { CheckSummary } = await import('../../rules/stats.ts');
    const a = await audit('thang-02-2026.dvcqg.json');
    let n = 0;
    const s = await summariesFromAudit(a, { unit: 'xa-tan-long', clientVersion: '0.1.0', newId: () => `audit-${++n}-0000` });
    expect(s).toHaveLength(1);
    expect(() => CheckSummary.parse(s[0])).not.toThrow();
    expect(s[0].subject).toBe('register');
    expect(s[0].checkedAt.startsWith('2026-02')).toBe(true);
    const text = JSON.stringify(s);
    expect(text).not.toMatch(/H55|Nguyễn|dvcqg\.json/);
    expect(s[0].counts['tthc.record.late'].fail).toBe(planted.expected.json.filter((e: { ruleId: string }) => e.ruleId === 'tthc.record.late').length);
    const totalFails = Object.values(s[0].counts).reduce((t, c) => t + c.fail, 0);
    expect(totalFails).toBe(a.findings.filter((f) => f.status === 'fail').length);
  });
});
