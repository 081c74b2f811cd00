// The register audit: an export of the one-stop software (and optionally the paper register)
// → findings per dossier for every tthc.record.* rule, and the inspectors' table per procedure
// and month (received, on time, late, late without apology, not in software).
import { Pack, type RuleSpec } from '../pack.ts';
import { summarise, type Finding, type Summary } from '../report.ts';
import type { ProcedurePack } from '../dossier/catalogue.ts';
import registerPackJson from '../packs/register.json' with { type: 'json' };
import { WorkCalendar } from './calendar.ts';
import { importPaperList, importRegister } from './import.ts';
import type { ColumnMapping } from './mapping.ts';
import { registerKinds } from './kinds/index.ts';
import type { AuditInput, RecordObservation } from './kinds/types.ts';
import { termsLookup } from './terms.ts';
import { monthKey, type WallMs } from './wall-time.ts';

export const registerPack: Pack = Pack.parse(registerPackJson);

export interface SummaryRow {
  procedureCode: string;
  procedureName: string;
  month: string;
  received: number;
  onTime: number;
  late: number;
  lateWithoutApology: number;
  open: number;
  notInSoftware: number;
}

export interface RegisterAudit {
  file: string;
  sha256: string;
  format: 'csv' | 'xlsx' | 'json' | 'unknown';
  layout: string | null;
  layoutTitle: string | null;
  mapping: ColumnMapping | null;
  ruleSet: { id: string; version: string };
  catalogues: { id: string; version: string }[];
  records: number;
  badRows: number;
  table: SummaryRow[];
  findings: Finding[];
  /** Month of reception of each finding's dossier ('YYYY-MM'), aligned with findings; null = about the whole export. */
  findingMonths: (string | null)[];
  summary: Summary;
  elapsedMs: number;
}

export interface AuditOptions {
  file?: string;
  catalogues: ProcedurePack[];
  calendar?: WorkCalendar;
  pack?: Pack;
  mapping?: ColumnMapping;
  /** The second list (paper register / Mẫu 01 slips) and its name. */
  paper?: { bytes: Uint8Array; file: string; mapping?: ColumnMapping };
  /** Audit date for dossiers still open; default: now, as Vietnamese wall time. */
  now?: WallMs;
}

export async function auditRegister(bytes: Uint8Array, opts: AuditOptions): Promise<RegisterAudit> {
  const t0 = performance.now();
  const file = opts.file ?? 'so-theo-doi';
  const pack = opts.pack ?? registerPack;
  // The digest runs off the main thread (WebCrypto): start it now, await it when the report is built.
  const digest = sha256Hex(bytes);
  const base = { file, ruleSet: { id: pack.id, version: pack.version }, catalogues: opts.catalogues.map((c) => ({ id: c.id, version: c.version })) };
  const imported = await importRegister(bytes, opts.mapping);
  if (!imported.ok) {
    const f: Finding = {
      ruleId: /không phải bảng|Tệp là/.test(imported.message) ? 'input.unsupported-format' : 'input.corrupt',
      status: 'fail',
      severity: 'error',
      component: 'input',
      message: imported.message,
      location: { file },
    };
    return { ...base, sha256: await digest, format: 'unknown', layout: null, layoutTitle: null, mapping: null, records: 0, badRows: 0, table: [], findings: [f], findingMonths: [null], summary: summarise([f], 0, 0), elapsedMs: performance.now() - t0 };
  }
  const reg = imported.value;
  const findings: Finding[] = reg.bad.map((b) => badRowFinding(file, b.row, b.reason));
  let paper: AuditInput['paper'] = null;
  if (opts.paper) {
    const p = await importPaperList(opts.paper.bytes, opts.paper.mapping);
    if (p.ok) {
      paper = p.entries;
      findings.push(...p.bad.map((b) => badRowFinding(opts.paper!.file, b.row, b.reason)));
    } else findings.push({ ruleId: 'input.corrupt', status: 'fail', severity: 'error', component: 'input', message: `Danh sách đối chiếu: ${p.message}`, location: { file: opts.paper.file } });
  }
  const input: AuditInput = {
    records: reg.records,
    paper,
    calendar: opts.calendar ?? new WorkCalendar(),
    terms: termsLookup(opts.catalogues),
    now: opts.now ?? Date.now() + 7 * 3_600_000,
    hasProgress: reg.hasProgress,
    hasFee: reg.hasFee,
  };
  const findingMonths: (string | null)[] = findings.map(() => null);
  let passed = 0;
  let notApplicable = 0;
  const byRule = new Map<string, RecordObservation[]>();
  for (const rule of pack.rules) {
    if (!rule.enabled) continue;
    const kind = registerKinds[rule.kind];
    if (!kind) throw new Error(`no register kind ${rule.kind}`);
    const obs = kind.evaluate(rule, input);
    byRule.set(rule.id, obs);
    for (const o of obs) {
      if (o.status === 'pass') passed++;
      else if (o.status === 'not_applicable') notApplicable++;
      else {
        findings.push(toFinding(rule, o, file, opts.paper?.file));
        const t = o.record?.receivedAt ?? (o.paperRow !== undefined ? paper?.find((p) => p.row === o.paperRow)?.receivedAt : null) ?? null;
        findingMonths.push(t !== null ? monthKey(t) : null);
      }
    }
  }
  return {
    ...base,
    sha256: await digest,
    format: reg.format,
    layout: reg.layout,
    layoutTitle: reg.layoutTitle,
    mapping: reg.mapping,
    records: reg.records.length,
    badRows: reg.bad.length,
    table: summaryTable(input, byRule),
    findings,
    findingMonths,
    summary: summarise(findings, passed, notApplicable),
    elapsedMs: performance.now() - t0,
  };
}

function badRowFinding(file: string, row: number, reason: string): Finding {
  return {
    ruleId: 'tthc.record.row-invalid',
    status: 'fail',
    severity: 'warning',
    component: 'tthc',
    message: `Dòng ${row} không đọc được: ${reason}.`,
    location: { file, row },
    fix: 'Sửa dòng này trong phần mềm hoặc tệp xuất rồi kiểm tra lại.',
  };
}

function fill(template: string, vars: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (vars[k] !== undefined ? String(vars[k]) : m));
}

function toFinding(rule: RuleSpec, o: RecordObservation, file: string, paperFile?: string): Finding {
  const vars = { ...rule.params, ...o.vars, found: o.found, expected: o.expected } as Record<string, string | number | undefined>;
  const code = o.record?.code ?? undefined;
  const f: Finding = {
    ruleId: rule.id,
    status: o.status === 'needs_review' ? 'needs_review' : 'fail',
    severity: o.severity ?? rule.severity,
    component: rule.component,
    message: o.status === 'needs_review' ? `Cần xem lại (${rule.title}): ${(o.found ?? 'không đủ dữ liệu để kết luận').replace(/\.$/, '')}.` : fill(rule.message, vars),
    legalRef: rule.legalRef,
  };
  if (o.expected) f.expected = o.expected;
  if (o.found) f.found = o.found;
  if (rule.fix) f.fix = rule.fix;
  if (o.record) f.location = { file, row: o.record.row, ...(code ? { text: code } : {}) };
  else if (o.paperRow !== undefined) f.location = { file: paperFile ?? 'so-giay', row: o.paperRow };
  return f;
}

function summaryTable(input: AuditInput, byRule: Map<string, RecordObservation[]>): SummaryRow[] {
  const failed = (id: string) => new Set((byRule.get(id) ?? []).filter((o) => o.status === 'fail' && o.record).map((o) => o.record!));
  const late = failed('tthc.record.late');
  const noApology = failed('tthc.record.apology-missing');
  const rows = new Map<string, SummaryRow>();
  const row = (code: string | null, name: string | null, t: WallMs | null) => {
    const key = `${code ?? '?'}|${t !== null ? monthKey(t) : '?'}`;
    let r = rows.get(key);
    if (!r) {
      r = { procedureCode: code ?? '?', procedureName: name ?? input.terms(code, null)?.name ?? '', month: t !== null ? monthKey(t) : '?', received: 0, onTime: 0, late: 0, lateWithoutApology: 0, open: 0, notInSoftware: 0 };
      rows.set(key, r);
    } else if (!r.procedureName && name) r.procedureName = name;
    return r;
  };
  for (const rec of input.records) {
    const r = row(rec.procedureCode, rec.procedureName, rec.receivedAt);
    r.received++;
    if (late.has(rec)) r.late++;
    else if (rec.returnedAt !== null) r.onTime++;
    else r.open++;
    if (noApology.has(rec)) r.lateWithoutApology++;
    if (!rec.code || rec.receivedAt === null) r.notInSoftware++;
  }
  for (const o of byRule.get('tthc.record.not-in-software') ?? []) {
    if (o.status !== 'fail' || o.paperRow === undefined) continue;
    const p = input.paper?.find((x) => x.row === o.paperRow);
    const r = row(p?.procedureCode ?? null, null, p?.receivedAt ?? null);
    r.received++;
    r.notInSoftware++;
  }
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month) || a.procedureCode.localeCompare(b.procedureCode));
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
