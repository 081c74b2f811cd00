// What the register page shows, as plain data: totals of the summary table, rule titles,
// counts per rule, and the findings list filtered the way the user asked. No DOM here.
import type { RegisterAudit, SummaryRow } from '../../../rules/register/audit.ts';
// The pack's JSON, not audit.ts: the page shows titles without loading the audit code (it runs in the worker).
import registerPack from '../../../rules/packs/register.json' with { type: 'json' };
import type { Finding } from '../../../rules/report.ts';

export const SUMMARY_HEAD = [
  'Mã thủ tục',
  'Tên thủ tục',
  'Tháng',
  'Tiếp nhận',
  'Đúng hạn',
  'Trễ hạn',
  'Trễ hạn không xin lỗi',
  'Đang giải quyết',
  'Không có trên phần mềm',
] as const;

export const COUNT_KEYS = ['received', 'onTime', 'late', 'lateWithoutApology', 'open', 'notInSoftware'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

export type Totals = Record<CountKey, number>;

export function totals(rows: SummaryRow[]): Totals {
  const t = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Totals;
  for (const r of rows) for (const k of COUNT_KEYS) t[k] += r[k];
  return t;
}

/** "2026-02" → "02/2026"; anything else as is ("?" = no reception date). */
export function monthLabel(m: string | null): string {
  if (!m) return '';
  const x = /^(\d{4})-(\d{2})$/.exec(m);
  return x ? `${x[2]}/${x[1]}` : m;
}

const TITLES = new Map(registerPack.rules.map((r) => [r.id, r.title]));
export function ruleTitle(id: string): string {
  return TITLES.get(id) ?? (id === 'tthc.record.row-invalid' ? 'Dòng không đọc được' : id.startsWith('input.') ? 'Tệp không đọc được' : id);
}

export type Status = 'fail' | 'needs_review';
export const STATUS_LABEL: Record<Status, string> = { fail: 'Vi phạm', needs_review: 'Cần xem lại' };
export const SEVERITY_LABEL: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

export interface FindingRow {
  /** Index in audit.findings (stable key). */
  i: number;
  finding: Finding;
  month: string | null;
}

export interface Filter {
  ruleId?: string;
  month?: string;
  status?: Status;
  /** Part of a dossier code or message, case-insensitive. */
  text?: string;
}

export function findingRows(audit: RegisterAudit): FindingRow[] {
  return audit.findings.map((finding, i) => ({ i, finding, month: audit.findingMonths[i] ?? null }));
}

export function filterFindings(rows: FindingRow[], f: Filter): FindingRow[] {
  const q = f.text?.trim().toLowerCase();
  return rows.filter(
    ({ finding: x, month }) =>
      (!f.ruleId || x.ruleId === f.ruleId) &&
      (!f.month || month === f.month) &&
      (!f.status || x.status === f.status) &&
      (!q || (x.location?.text ?? '').toLowerCase().includes(q) || x.message.toLowerCase().includes(q)),
  );
}

export interface RuleCount {
  ruleId: string;
  title: string;
  fail: number;
  needsReview: number;
}

/** Counts per rule id, in the pack's order (the same counts the statistics receive). */
export function ruleCounts(audit: RegisterAudit): RuleCount[] {
  const m = new Map<string, RuleCount>();
  for (const f of audit.findings) {
    const c = m.get(f.ruleId) ?? { ruleId: f.ruleId, title: ruleTitle(f.ruleId), fail: 0, needsReview: 0 };
    if (f.status === 'fail') c.fail++;
    else c.needsReview++;
    m.set(f.ruleId, c);
  }
  const order = registerPack.rules.map((r) => r.id);
  const pos = (id: string) => (order.includes(id) ? order.indexOf(id) : -1);
  return [...m.values()].sort((a, b) => pos(a.ruleId) - pos(b.ruleId) || a.ruleId.localeCompare(b.ruleId));
}

export function months(audit: RegisterAudit): string[] {
  return [...new Set(audit.findingMonths.filter((m): m is string => !!m))].sort();
}

/** Where a finding is: "Dòng 12" (+ the other list's name when it is about the paper register). */
export function placeOf(f: Finding, mainFile: string): string {
  const row = f.location?.row !== undefined ? `Dòng ${f.location.row}` : '';
  const other = f.location?.file && f.location.file !== mainFile ? f.location.file : '';
  return [row, other && `(${other})`].filter(Boolean).join(' ');
}
