// The portal form check (issue 7), framework-free: what a content-script adapter scraped from a
// one-stop or public-service page (the procedure, the component rows with their attached file
// names or ticks, the applicant fields) checked against the catalogue with the same tthc.* rules
// as a dossier folder. Adapters only scrape; they call these functions (in the panel, not the page).
import type { Pack } from '../pack.ts';
import { summarise, type Finding, type Report } from '../report.ts';
import type { Procedure, ProcedurePack } from './catalogue.ts';
import { componentStates, dossierSha, evaluateDossier, selectCase, toFinding, tthcPack } from './check.ts';
import { citeOf, type DossierContext, type DossierFile } from './context.ts';
import { formatOf, formatProblem, type FieldValue } from './fields.ts';
import { defaultCatalogue, nationalCode, procedureInForce } from './index.ts';
import type { FileRead } from './read.ts';
import type { Recognition } from './recognise.ts';
import { fold, isBlankValue } from './text.ts';

/** One component row of the page: its label and what the applicant attached or ticked. */
export interface PortalRow {
  label: string;
  /** Names of the files shown in the row (the only reliable proof of an upload, dossier.md §0.10). */
  files: string[];
  /** A tick ("đã có", "xuất trình") or a paper reused from the data store. */
  ticked?: boolean;
  /** The row asks for an upload (has a file input). */
  upload?: boolean;
  /** The page marks the row as required. */
  required?: boolean;
  /** A row the applicant or clerk added ("Thêm thành phần hồ sơ"). */
  addedByUser?: boolean;
  /** Adapter's handle to scroll to the row (CSS selector or id); copied into location.field. */
  ref?: string;
}

/** One applicant field of the page. */
export interface PortalField {
  label: string;
  value: string;
  required: boolean;
  ref?: string;
}

export interface PortalFormInput {
  procedure: Procedure | string;
  catalogues?: ProcedurePack[];
  caseAnswers?: Record<string, string>;
  rows: PortalRow[];
  fields: PortalField[];
  receivedAt?: Date | string;
  /** Report `file` (default: "trang-<code>"). */
  label?: string;
  rulePack?: Pack;
}

export interface PortalRowResult {
  label: string;
  ref?: string;
  /** Component id, "outdated:<id>", or null (not in the catalogue). */
  matched: string | null;
  score: number;
}

/** Procedure code from a portal URL: ma_thu_tuc / maThuTuc / MaTTHC / MaDVC / #/ke-khai/<code>. */
export function procedureFromUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const params = [...u.searchParams.entries(), ...new URLSearchParams(u.hash.split('?')[1] ?? '').entries()];
  for (const key of ['ma_thu_tuc', 'maThuTuc', 'MaTTHC', 'MaDVC']) {
    const hit = params.find(([k]) => k.toLowerCase() === key.toLowerCase());
    const code = hit && /^[12]\.\d{6}/.exec(hit[1].trim());
    if (code) return hit![1].trim();
  }
  const path = /(?:ke-khai|thu-tuc|tthc)\/([12]\.\d{6}(?:\.[0-9A-Za-z.]+)?)/.exec(u.pathname + u.hash);
  return path ? path[1] : null;
}

/** Procedure codes named in the page text, most frequent first (for pages whose URL carries none). */
export function proceduresFromText(text: string, catalogues: ProcedurePack[] = [defaultCatalogue]): { code: string; name: string; hits: number }[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b([12]\.\d{6})(?:\.[0-9A-Za-z.]+)?\b/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const folded = fold(text);
  const out: { code: string; name: string; hits: number }[] = [];
  for (const c of catalogues) {
    for (const p of c.procedures) {
      const byName = folded.includes(fold(p.name)) ? 1 : 0;
      const hits = (counts.get(p.code) ?? 0) * 2 + byName;
      if (hits > 0 && !out.some((o) => o.code === p.code)) out.push({ code: p.code, name: p.name, hits });
    }
  }
  return out.sort((a, b) => b.hits - a.hits);
}

const words = (s: string) => new Set(fold(s).split(' ').filter((w) => w.length >= 2));

/** How well a row label names a catalogue paper: a title inside the label, else shared words. */
function labelScore(label: string, name: string, titles: string[]): number {
  const l = fold(label);
  if (titles.some((t) => l.includes(fold(t)))) return 0.9;
  const a = words(label), b = words(name);
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.min(a.size, b.size);
}

export async function checkPortalForm(input: PortalFormInput): Promise<{ report: Report; rows: PortalRowResult[] }> {
  const t0 = performance.now();
  const pack = input.rulePack ?? tthcPack;
  const catalogues = input.catalogues ?? [defaultCatalogue];
  const at = input.receivedAt ?? new Date();
  const receivedOn = typeof at === 'string' ? at.slice(0, 10) : new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const canonical = JSON.stringify([input.rows.map((r) => [r.label, r.files, !!r.ticked]), input.fields.map((f) => [f.label, f.value])]);
  const sha256 = await dossierSha([{ bytes: new TextEncoder().encode(canonical) }]);

  let procedure: Procedure | null = null;
  let ruleSet = { id: catalogues[0]?.id ?? 'tthc', version: catalogues[0]?.version ?? '0.0.0' };
  if (typeof input.procedure === 'string') {
    const hit = procedureInForce(catalogues, input.procedure, receivedOn);
    if (hit) (procedure = hit.procedure), (ruleSet = { id: hit.pack.id, version: hit.pack.version });
  } else procedure = input.procedure;
  if (!procedure) {
    const rule = pack.rules.find((r) => r.id === 'tthc.procedure.unknown');
    const code = String(input.procedure);
    const findings = rule?.enabled
      ? [toFinding(rule, { status: nationalCode(code) ? 'fail' : 'needs_review', found: code, vars: { code, date: receivedOn.split('-').reverse().join('/'), candidates: '' } })]
      : [];
    return {
      report: { file: input.label ?? 'trang-dich-vu-cong', sha256, format: 'unknown', pages: null, docType: null, ruleSet, findings, summary: summarise(findings, 0, 0), elapsedMs: ms(t0) },
      rows: [],
    };
  }

  const answers: Record<string, string> = Object.fromEntries(procedure.questions.map((q) => [q.key, q.default]));
  Object.assign(answers, input.caseAnswers ?? {});
  const caseDef = selectCase(procedure, answers);
  const papers = [
    ...caseDef.components.map((c) => ({ kind: 'component' as const, id: c.id, name: c.name, titles: c.recognisers.titles })),
    ...procedure.outdated.map((o) => ({ kind: 'outdated' as const, id: o.id, name: o.name, titles: o.recognisers.titles })),
  ];

  // Each row is matched to the paper its label names best; its files (or tick) stand for that paper.
  const rowResults: PortalRowResult[] = [];
  const files: DossierFile[] = [];
  for (const row of input.rows) {
    let best: { p: (typeof papers)[number]; s: number } | null = null;
    for (const p of papers) {
      const s = labelScore(row.label, p.name, p.titles);
      if (s >= 0.6 && (!best || s > best.s)) best = { p, s };
    }
    rowResults.push({ label: row.label, ref: row.ref, matched: best ? (best.p.kind === 'outdated' ? `outdated:${best.p.id}` : best.p.id) : null, score: best?.s ?? 0 });
    const recognition: Recognition = best ? { target: { kind: best.p.kind, id: best.p.id }, confidence: best.s, by: 'pattern', evidence: row.label } : { target: null, confidence: 0.8, by: 'none' };
    const provided = row.files.length ? row.files : row.ticked ? [`${row.label} (đã đánh dấu)`] : [];
    // An outdated paper asked for by the page is reported even with nothing attached.
    const entries = provided.length ? provided : best?.p.kind === 'outdated' || (!best && row.addedByUser) ? [row.label] : [];
    for (const name of entries) files.push({ read: rowRead(name, row.label), recognition });
  }

  const ctx: DossierContext = {
    procedure,
    caseDef,
    answers,
    files,
    components: componentStates(caseDef, answers, files),
    outdated: procedure.outdated,
    receivedOn,
    declaredCounts: {},
  };
  const ev = evaluateDossier(pack, ctx);
  const findings: Finding[] = ev.findings;
  let { passed, notApplicable } = ev;

  // Rows that demand an upload of a paper that is only presented (ID, residence proof).
  const presentRule = pack.rules.find((r) => r.id === 'tthc.component.present-only' && r.enabled);
  for (const [i, row] of input.rows.entries()) {
    const s = ctx.components.find((c) => c.component.id === rowResults[i].matched);
    if (!presentRule || !s || s.component.role !== 'present' || s.mustSubmit || !(row.upload && row.required) || row.files.length) continue;
    findings.push(toFinding(presentRule, { status: 'fail', expected: 'xuất trình, không bắt buộc tải lên', found: 'trang yêu cầu tải lên (bắt buộc)', location: { field: row.ref ?? row.label }, legalRef: citeOf(s.component), vars: { name: s.component.name, file: '' } }));
  }

  // Applicant fields: required and empty; filled with an impossible value.
  const emptyRule = pack.rules.find((r) => r.id === 'tthc.field.empty' && r.enabled);
  const formatRule = pack.rules.find((r) => r.id === 'form.field.format' && r.enabled);
  for (const f of input.fields) {
    const location = { field: f.ref ?? f.label, text: f.label };
    if (isBlankValue(f.value)) {
      if (f.required && emptyRule) findings.push(toFinding(emptyRule, { status: 'fail', expected: 'có nội dung', found: 'để trống', location, vars: { file: 'trang nộp hồ sơ', field: f.label } }));
      else notApplicable++;
      continue;
    }
    const fv: FieldValue = { label: f.label, template: null, value: f.value, blank: false, paragraph: 0, text: f.label };
    const p = formatProblem(formatOf(fv), f.value);
    if (p && formatRule) findings.push(toFinding(formatRule, { status: 'fail', expected: p.expected, found: p.found, location, vars: { file: 'trang nộp hồ sơ', field: f.label } }));
    else passed++;
  }

  return {
    report: {
      file: input.label ?? `trang-${procedure.code}`,
      sha256,
      format: 'unknown',
      pages: null,
      docType: { code: procedure.code, name: procedure.name, confidence: 1 },
      ruleSet,
      findings,
      summary: summarise(findings, passed, notApplicable),
      elapsedMs: ms(t0),
    },
    rows: rowResults,
  };
}

/** A row's attachment as the dossier rules see a file: readable, its label as its only text. */
function rowRead(name: string, label: string): FileRead {
  return { name, bytes: new Uint8Array(), kind: 'other', ok: true, model: null, problem: null, lines: [label], imageOnly: false, isBlank: () => false, readMs: 0 };
}

function ms(t0: number): number {
  return Math.round((performance.now() - t0) * 10) / 10;
}
