// The GOV.UK-style summary at the top of the reception view: what is missing, what is extra,
// what is not filled in — each line with its legal basis and the anchor of the component or
// file it is about. Pure functions over the dossier result (unit-tested in Node).
import type { Finding } from '../../../rules/report.ts';
import { summaryFromReport, type CheckSummary } from '../../../rules/stats.ts';
import type { ReceptionResult } from './worker.ts';

export type SectionKey = 'missing' | 'extra' | 'unfilled' | 'other';

export interface SummaryLine {
  ruleId: string;
  message: string;
  legalRef?: string;
  /** Anchor id in the page: "comp-<component id>" or "file-<n>". */
  anchor?: string;
  status: Finding['status'];
}

export interface SummarySection {
  key: SectionKey;
  lines: SummaryLine[];
}

const SECTION: Record<string, SectionKey> = {
  'tthc.component.missing': 'missing',
  'tthc.component.count': 'missing',
  'tthc.component.excess': 'extra',
  'tthc.component.outdated': 'extra',
  'tthc.component.present-only': 'extra',
  'tthc.field.empty': 'unfilled',
  'form.placeholder': 'unfilled',
  'form.field.format': 'unfilled',
  'tthc.file.unreadable': 'unfilled',
};

/** Anchor of a file row: by position, since file names may hold any character. */
export function fileAnchor(result: ReceptionResult, name: string): string | undefined {
  const i = result.files.findIndex((f) => f.name === name);
  return i >= 0 ? `file-${i}` : undefined;
}

export function componentAnchor(id: string): string {
  return `comp-${id}`;
}

export function summarySections(result: ReceptionResult): SummarySection[] {
  const order: SectionKey[] = ['missing', 'extra', 'unfilled', 'other'];
  const out = new Map<SectionKey, SummaryLine[]>(order.map((k) => [k, []]));
  const compIds = new Set(result.components.map((c) => c.id));
  for (const f of result.report.findings) {
    const key = SECTION[f.ruleId] ?? 'other';
    const field = f.location?.field;
    const anchor = f.location?.file ? fileAnchor(result, f.location.file) : field && compIds.has(field) ? componentAnchor(field) : undefined;
    out.get(key)!.push({ ruleId: f.ruleId, message: f.message, legalRef: f.legalRef, anchor, status: f.status });
  }
  return order.map((key) => ({ key, lines: out.get(key)! })).filter((s) => s.lines.length > 0);
}

/** Statistics of a dossier check: counts per rule, the procedure code as docType; no names, no text. */
export function dossierSummary(result: ReceptionResult, ctx: { clientId: string; unit: string; clientVersion: string }): CheckSummary {
  return summaryFromReport(result.report, { ...ctx, subject: 'dossier', docType: result.procedure?.code ?? null });
}
