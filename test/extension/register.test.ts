// The register page's logic on the committed month of exports (Feb 2026, province calendar,
// audit date 10/03/2026 17:00): what the page shows and exports equals the audit itself, an
// unknown layout goes through the mapping step and the saved mapping is reused, and the
// statistics carry counts only.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditRegister } from '../../rules/register/audit.ts';
import { CalendarData, WorkCalendar } from '../../rules/register/calendar.ts';
import { defaultCatalogue } from '../../rules/dossier/index.ts';
import { wall } from '../../rules/register/wall-time.ts';
import type { Kv } from '../../extension/lib/pack-sync.ts';
import { auditMoment, todayVn } from '../../extension/lib/register/audit-date.ts';
import { SHEETS, findingsCsv, registerXlsx, summaryCsv } from '../../extension/lib/register/export.ts';
import { buildMapping, draftMapping, loadMappings, saveMapping } from '../../extension/lib/register/mappings.ts';
import { runAudit } from '../../extension/lib/register/run.ts';
import { queueOnce, registerSummaries } from '../../extension/lib/register/stats.ts';
import { filterFindings, findingRows, ruleCounts, totals } from '../../extension/lib/register/view.ts';

const dir = join(import.meta.dirname, '../fixtures/register/out');
const bytes = (f: string) => new Uint8Array(readFileSync(join(dir, f)));
const calendarData = CalendarData.parse(JSON.parse(readFileSync(join(dir, 'calendar-tinh-mau-2026.json'), 'utf8')));
const planted = JSON.parse(readFileSync(join(dir, 'planted.json'), 'utf8'));
const now = wall(2026, 3, 10, 17, 0);
const XLSX = 'thang-02-2026.igate.xlsx';
const CSV = 'thang-02-2026.so-theo-doi.csv';

function memoryKv(): Kv & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return { data, get: async (k) => structuredClone(data[k]), set: async (k, v) => void (data[k] = structuredClone(v)) };
}
const parseCsv = (text: string) => {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1).trim()).data;
};
const direct = (f: string) => auditRegister(bytes(f), { file: f, catalogues: [defaultCatalogue], calendar: new WorkCalendar(calendarData), now });

describe('audit date', () => {
  it('10/03/2026 at 17:00 is the fixtures\' audit moment; bad input gives nothing', () => {
    expect(auditMoment('2026-03-10')).toBe(now);
    expect(auditMoment('2026-03-10', '08:15')).toBe(wall(2026, 3, 10, 8, 15));
    expect(auditMoment('')).toBeNull();
    // 23:30 UTC is already the next day in Vietnam.
    expect(todayVn(Date.UTC(2026, 2, 9, 23, 30))).toBe('2026-03-10');
  });
});

describe('the page on the iGate XLSX', async () => {
  const r = await runAudit({ bytes: bytes(XLSX), file: XLSX, now, calendar: calendarData, saved: {} });
  const want = await direct(XLSX);
  if (r.kind !== 'audit') throw new Error('expected an audit');
  const a = r.audit;

  it('shows the same table and findings as the audit itself, the planted faults among them', () => {
    expect(a.layout).toBe('igate');
    expect(a.table).toEqual(want.table);
    expect(a.findings).toEqual(want.findings);
    const fails = a.findings.filter((f) => f.status === 'fail').map((f) => `${f.ruleId} ${f.location?.text ?? '(không mã)'}`).sort();
    expect(fails).toEqual(planted.expected.xlsx.map((e: { ruleId: string; code: string | null }) => `${e.ruleId} ${e.code ?? '(không mã)'}`).sort());
    expect(totals(a.table).received).toBe(planted.dossiers);
  });

  it('summary CSV parses back to the table plus a total row', () => {
    const rows = parseCsv(summaryCsv(a));
    expect(rows[0]![0]).toBe('Mã thủ tục');
    expect(rows.length).toBe(a.table.length + 2);
    a.table.forEach((t, i) => {
      expect(rows[i + 1]!.slice(0, 4)).toEqual([t.procedureCode, t.procedureName, `${t.month.slice(5)}/${t.month.slice(0, 4)}`, String(t.received)]);
      expect(rows[i + 1]!.slice(4).map(Number)).toEqual([t.onTime, t.late, t.lateWithoutApology, t.open, t.notInSoftware]);
    });
    const tot = totals(a.table);
    expect(rows.at(-1)!.slice(3).map(Number)).toEqual([tot.received, tot.onTime, tot.late, tot.lateWithoutApology, tot.open, tot.notInSoftware]);
  });

  it('filter by rule: the findings CSV holds exactly that rule\'s dossiers', () => {
    const late = filterFindings(findingRows(a), { ruleId: 'tthc.record.late' });
    const wantCodes = a.findings.filter((f) => f.ruleId === 'tthc.record.late').map((f) => f.location?.text);
    expect(late.length).toBe(wantCodes.length);
    expect(late.length).toBeGreaterThan(0);
    const rows = parseCsv(findingsCsv(a, late)).slice(1);
    expect(rows.map((x) => x[1])).toEqual(wantCodes);
    expect(new Set(rows.map((x) => x[3]))).toEqual(new Set(['tthc.record.late']));
    // Status and text filters combine.
    const review = filterFindings(findingRows(a), { status: 'needs_review' });
    expect(review.every((x) => x.finding.status === 'needs_review')).toBe(true);
    const code = wantCodes[0]!;
    expect(filterFindings(findingRows(a), { text: code.slice(-9) }).every((x) => x.finding.location?.text === code)).toBe(true);
  });

  it('XLSX: the three sheets parse back to the screen', async () => {
    const shown = findingRows(a);
    const counts = ruleCounts(a);
    const buf = Buffer.from(await (await registerXlsx(a, shown, counts)).arrayBuffer());
    const sum = await readSheet(buf, SHEETS.summary);
    expect(sum.length).toBe(a.table.length + 2);
    expect(sum.at(-1)!.slice(3)).toEqual(Object.values(totals(a.table)));
    const fin = await readSheet(buf, SHEETS.findings);
    expect(fin.length).toBe(a.findings.length + 1);
    const rules = await readSheet(buf, SHEETS.rules);
    expect(rules.slice(1).map((x) => [x[0], x[2], x[3]])).toEqual(counts.map((c) => [c.ruleId, c.fail, c.needsReview]));
  });

  it('statistics: counts per rule and month, no dossier code, no file name; queued once', async () => {
    let id = 0;
    const list = await registerSummaries(a, 'xa-an-binh', '0.1.0', () => `register-${++id}-0000`);
    expect(list.map((s) => s.checkedAt.slice(0, 7))).toEqual(['2026-02']);
    const json = JSON.stringify(list);
    for (const f of a.findings) if (f.location?.text) expect(json).not.toContain(f.location.text);
    expect(json).not.toContain(XLSX);
    const sum = Object.values(list[0]!.counts).reduce((s, c) => s + c.fail + c.needsReview, 0);
    expect(sum).toBe(a.findings.length);
    const kv = memoryKv();
    const queued: string[] = [];
    expect((await queueOnce(kv, list, async (s) => void queued.push(s.clientId))).length).toBe(1);
    const again = await registerSummaries(a, 'xa-an-binh', '0.1.0', () => `register-${++id}-0000`);
    expect((await queueOnce(kv, again, async (s) => void queued.push(s.clientId))).length).toBe(0);
    expect(queued.length).toBe(1);
    // Other counts for the same export (another audit date or calendar) are news: queued.
    const other = await runAudit({ bytes: bytes(XLSX), file: XLSX, now, calendar: null, saved: {} });
    if (other.kind !== 'audit') throw new Error('expected an audit');
    const changed = await registerSummaries(other.audit, 'xa-an-binh', '0.1.0', () => `register-${++id}-0000`);
    expect(changed[0]!.sha256).toBe(list[0]!.sha256);
    expect((await queueOnce(kv, changed, async (s) => void queued.push(s.clientId))).length).toBe(1);
  });
});

describe('unknown headers: the mapping step, saved and reused', async () => {
  // The same month, headers renamed the way another product might name them.
  const text = readFileSync(join(dir, CSV), 'utf8');
  const odd = new TextEncoder().encode(text.replace(',Mã hồ sơ,', ',Số HS,').replace(',Ngày nhận,', ',Nhận lúc,'));
  const want = await direct(CSV);

  it('asks for the missing columns, then audits like the known layout; the next file uses the saved mapping', async () => {
    const kv = memoryKv();
    const first = await runAudit({ bytes: odd, file: 'phan-mem-x.csv', now, calendar: calendarData, saved: await loadMappings(kv) });
    if (first.kind !== 'mapping') throw new Error('expected the mapping step');
    expect(first.missing.sort()).toEqual(['code', 'receivedAt']);
    expect(first.headers).toContain('Số HS');
    expect(first.message).toMatch(/Không tìm thấy cột/);
    const draft = draftMapping(first.headers);
    expect(draft.code).toBeUndefined();
    expect(draft.appointmentAt).toBe('Ngày hẹn trả');
    const m = buildMapping('Phần mềm X', { ...draft, code: 'Số HS', receivedAt: 'Nhận lúc' });
    expect(m.layout).toBe('phan-mem-x');
    await saveMapping(kv, m);

    const second = await runAudit({ bytes: odd, file: 'phan-mem-x-thang-3.csv', now, calendar: calendarData, saved: await loadMappings(kv) });
    if (second.kind !== 'audit') throw new Error('expected an audit');
    expect(second.usedMapping).toBe('phan-mem-x');
    expect(second.audit.layout).toBe('phan-mem-x');
    expect(second.audit.records).toBe(want.records);
    expect(second.audit.table).toEqual(want.table);
    const key = (fs: typeof want.findings) => fs.map((f) => `${f.ruleId} ${f.status} ${f.location?.text}`).sort();
    expect(key(second.audit.findings)).toEqual(key(want.findings));
  });

  it('a PDF is not a register: findings, no mapping step', async () => {
    const r = await runAudit({ bytes: new TextEncoder().encode('%PDF-1.7\n%…'), file: 'nham.pdf', now, saved: {} });
    if (r.kind !== 'audit') throw new Error('expected an audit');
    expect(r.audit.findings.map((f) => f.ruleId)).toEqual(['input.unsupported-format']);
  });
});
