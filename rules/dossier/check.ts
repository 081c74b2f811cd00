// The clerk's reception check: read every file with the shared readers, recognise it as a
// component, evaluate the tthc.* / form.* rules of the dossier pack, return one Report
// (shared/spec/report.md) with ruleSet = the catalogue pack and docType = the procedure.
import { Pack, type RuleSpec } from '../pack.ts';
import { Finding, summarise, type Report } from '../report.ts';
import type { ReadOptions } from '../read/options.ts';
import tthcJson from '../packs/tthc.json' with { type: 'json' };
import type { Case, Copies, Procedure, ProcedurePack } from './catalogue.ts';
import { defaultCatalogue, nationalCode, procedureInForce, searchProcedures } from './index.ts';
import { matches, type ComponentState, type DossierContext, type DossierFile, type DossierObservation, type Need } from './context.ts';
import { dossierKinds } from './kinds/index.ts';
import { readDossierFile, type FileRead } from './read.ts';
import { recognise, type Candidate } from './recognise.ts';
import { titleOf } from './text.ts';

/** The dossier rule pack (messages, severities, legal references as data), validated once. */
export const tthcPack: Pack = Pack.parse(tthcJson);

export interface DossierInput {
  /** A catalogue procedure, or its code (national or local variant) looked up in `catalogues`. */
  procedure: Procedure | string;
  /** Catalogue packs to choose from (default: the seeded commune catalogue). */
  catalogues?: ProcedurePack[];
  /** Answers to the procedure's questions (key → option value); unanswered → the default. */
  caseAnswers?: Record<string, string>;
  files: { name: string; bytes: Uint8Array }[];
  /** The clerk's reassignment: file name → component id ("excess" = not a component). */
  assignments?: Record<string, string>;
  /** Counts the dossier declares per component id. */
  declaredCounts?: Record<string, Partial<Copies>>;
  /** Reception time: selects the catalogue in force and the outdated papers (default: now). */
  receivedAt?: Date | string;
  /** Report `file` field (default "hồ-sơ-<code>"). */
  label?: string;
  /** Dossier rule pack (default tthcPack; overlays merged by the caller). */
  rulePack?: Pack;
  readOptions?: ReadOptions;
  /**
   * Files already read by readDossierFile (same names as `files`): a reassignment or a changed
   * answer re-runs the check without reading again. Keep them where they were made (isBlank is a function).
   */
  reads?: FileRead[];
}

export interface ComponentResult {
  id: string;
  name: string;
  role: 'submit' | 'present';
  need: Need;
  satisfiedByAnswers: boolean;
  mustSubmit: boolean;
  copies: Copies;
  files: string[];
  /** Missing from the dossier (the Mẫu 02 rows). */
  missing: boolean;
}

export interface FileResult {
  name: string;
  kind: FileRead['kind'];
  readable: boolean;
  imageOnly: boolean;
  /** Component id, "outdated:<id>", or null (excess). */
  assignedTo: string | null;
  confidence: number;
  by: string;
  evidence?: string;
  /** First text lines (for the clerk to see what was read). */
  title?: string;
}

export interface DossierResult {
  report: Report;
  procedure: Procedure | null;
  catalogue: { id: string; version: string } | null;
  caseId: string | null;
  caseName: string | null;
  answers: Record<string, string>;
  components: ComponentResult[];
  files: FileResult[];
  /** Time spent inside the readers (ms), for the bench. */
  readMs: number;
}

export async function checkDossier(input: DossierInput): Promise<Report> {
  return (await checkDossierDetailed(input)).report;
}

export async function checkDossierDetailed(input: DossierInput): Promise<DossierResult> {
  const t0 = performance.now();
  const pack = input.rulePack ?? tthcPack;
  const catalogues = input.catalogues ?? [defaultCatalogue];
  const receivedAt = input.receivedAt ?? new Date();
  const receivedOn = typeof receivedAt === 'string' ? receivedAt.slice(0, 10) : new Date(receivedAt.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const sha = await dossierSha(input.files);

  let procedure: Procedure | null;
  let catalogue: { id: string; version: string } | null;
  if (typeof input.procedure === 'string') {
    // A code, or words of a name that fit exactly one procedure ("khai sinh").
    const byName = nationalCode(input.procedure) ? [] : [...new Set(catalogues.flatMap((c) => searchProcedures(c, input.procedure as string)).map((p) => p.code))];
    const hit = procedureInForce(catalogues, byName.length === 1 ? byName[0] : input.procedure, receivedOn);
    procedure = hit?.procedure ?? null;
    catalogue = hit ? { id: hit.pack.id, version: hit.pack.version } : null;
  } else {
    procedure = input.procedure;
    const owner = catalogues.find((c) => c.procedures.includes(input.procedure as Procedure)) ?? catalogues.find((c) => c.procedures.some((p) => p.code === procedure!.code));
    catalogue = owner ? { id: owner.id, version: owner.version } : { id: 'tthc-custom', version: '0.0.0' };
  }

  if (!procedure) {
    const code = input.procedure as string;
    const rule = pack.rules.find((r) => r.id === 'tthc.procedure.unknown');
    const guesses = nationalCode(code) ? [] : catalogues.flatMap((c) => searchProcedures(c, code)).slice(0, 5);
    const findings: Finding[] = [];
    if (rule?.enabled !== false && rule) {
      findings.push(
        toFinding(rule, {
          status: guesses.length > 1 ? 'needs_review' : 'fail',
          found: code,
          vars: { code, date: receivedOn.split('-').reverse().join('/'), candidates: guesses.length ? ` Có thể là: ${guesses.map((g) => `${g.code} ${g.name}`).join('; ')}.` : '' },
        }),
      );
    }
    const report: Report = {
      file: input.label ?? `hồ-sơ-${code}`,
      sha256: sha,
      format: 'unknown',
      pages: null,
      docType: null,
      ruleSet: { id: catalogues[0]?.id ?? 'tthc', version: catalogues[0]?.version ?? '0.0.0' },
      findings,
      summary: summarise(findings, 0, 0),
      elapsedMs: round(performance.now() - t0),
    };
    return { report, procedure: null, catalogue: null, caseId: null, caseName: null, answers: {}, components: [], files: [], readMs: 0 };
  }

  const answers: Record<string, string> = Object.fromEntries(procedure.questions.map((q) => [q.key, q.default]));
  for (const [k, v] of Object.entries(input.caseAnswers ?? {})) answers[k] = v;
  const caseDef = selectCase(procedure, answers);

  // Read every file with the same readers as the document check, one after the other: each read
  // has its own time budget (limits.timeMs), which parallel reads in one thread would share.
  const reads: FileRead[] = [];
  for (const f of input.files) {
    const done = input.reads?.find((r) => r.name === f.name && r.bytes.length === f.bytes.length);
    reads.push(done ?? (await readDossierFile(f.name, f.bytes, input.readOptions)));
  }
  const readMs = reads.reduce((n, r) => n + r.readMs, 0);

  const candidates: Candidate[] = [
    ...caseDef.components.map((c) => ({ kind: 'component' as const, id: c.id, name: c.name, recognisers: c.recognisers })),
    ...procedure.outdated.map((o) => ({ kind: 'outdated' as const, id: o.id, name: o.name, recognisers: o.recognisers })),
  ];
  const files: DossierFile[] = reads.map((read) => ({ read, recognition: recognise(read, candidates, input.assignments?.[read.name]) }));

  const components = componentStates(caseDef, answers, files);

  const ctx: DossierContext = {
    procedure,
    caseDef,
    answers,
    files,
    components,
    outdated: procedure.outdated,
    receivedOn,
    declaredCounts: input.declaredCounts ?? {},
  };

  const { findings, passed, notApplicable } = evaluateDossier(pack, ctx);

  const report: Report = {
    file: input.label ?? `hồ-sơ-${procedure.code}`,
    sha256: sha,
    format: 'unknown',
    pages: null,
    docType: { code: procedure.code, name: procedure.name, confidence: 1 },
    ruleSet: catalogue!,
    findings,
    summary: summarise(findings, passed, notApplicable),
    elapsedMs: round(performance.now() - t0),
  };
  const missingIds = new Set(findings.filter((f) => f.ruleId === 'tthc.component.missing').map((f) => f.location?.field));
  return {
    report,
    procedure,
    catalogue,
    caseId: caseDef.id,
    caseName: caseDef.name,
    answers,
    components: components.map((s) => ({
      id: s.component.id,
      name: s.component.name,
      role: s.component.role,
      need: s.need,
      satisfiedByAnswers: s.satisfiedByAnswers,
      mustSubmit: s.mustSubmit,
      copies: s.component.copies,
      files: s.files.map((f) => f.read.name),
      missing: missingIds.has(s.component.id),
    })),
    files: files.map((f) => ({
      name: f.read.name,
      kind: f.read.kind,
      readable: f.read.ok,
      imageOnly: f.read.imageOnly,
      assignedTo: f.recognition.target ? (f.recognition.target.kind === 'outdated' ? `outdated:${f.recognition.target.id}` : f.recognition.target.id) : null,
      confidence: f.recognition.confidence,
      by: f.recognition.by,
      evidence: f.recognition.evidence,
      title: titleOf(f.read.lines).slice(0, 120) || undefined,
    })),
    readMs,
  };
}

/** How each component of the case applies to these answers, with the files matched to it. */
export function componentStates(caseDef: Case, answers: Record<string, string>, files: DossierFile[]): ComponentState[] {
  return caseDef.components.map((component) => {
    const r = component.requirement;
    let need: Need;
    if (r.kind === 'conditional' && !matches(r.when, answers)) need = 'not-needed';
    else if (component.role === 'present') need = 'present-only';
    else need = r.kind === 'conditional' ? 'conditional' : r.kind;
    const mustSubmit = need === 'present-only' && matches(component.submitWhen, answers);
    return {
      component,
      need,
      satisfiedByAnswers: matches(component.satisfiedWhen, answers),
      mustSubmit,
      files: files.filter((f) => f.recognition.target?.kind === 'component' && f.recognition.target.id === component.id),
    };
  });
}

/** Every enabled rule of the dossier pack over the context: findings plus pass / n.a. tallies. */
export function evaluateDossier(pack: Pack, ctx: DossierContext): { findings: Finding[]; passed: number; notApplicable: number } {
  const findings: Finding[] = [];
  let passed = 0, notApplicable = 0;
  for (const rule of pack.rules) {
    if (!rule.enabled) continue;
    const kind = dossierKinds[rule.kind];
    if (!kind) continue; // tthc.procedure.unknown is decided by the caller
    for (const o of kind.evaluate(rule, ctx)) {
      if (o.status === 'pass') passed++;
      else if (o.status === 'not_applicable') notApplicable++;
      else findings.push(toFinding(rule, o));
    }
  }
  return { findings, passed, notApplicable };
}

/** Problems with the clerk's answers and assignments (unknown question, option or component), in Vietnamese. */
export function answerProblems(procedure: Procedure, answers: Record<string, string>, assignments: Record<string, string> = {}): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(answers)) {
    const q = procedure.questions.find((x) => x.key === k);
    if (!q) out.push(`Thủ tục ${procedure.code} không có câu hỏi "${k}" (có: ${procedure.questions.map((x) => x.key).join(', ') || 'không có'}).`);
    else if (!q.options.some((o) => o.value === v)) out.push(`"${k}" (${q.label}) nhận một trong: ${q.options.map((o) => o.value).join(', ')}; không phải "${v}".`);
  }
  const ids = new Set(procedure.cases.flatMap((c) => c.components.map((m) => m.id)).concat(procedure.outdated.map((o) => o.id), ['excess']));
  for (const [file, id] of Object.entries(assignments)) {
    if (!ids.has(id)) out.push(`Không có thành phần "${id}" để gán tệp "${file}" (có: ${[...ids].join(', ')}).`);
  }
  return out;
}

/** The case whose conditions all hold, the most specific first; the default case otherwise. */
export function selectCase(procedure: Procedure, answers: Record<string, string>) {
  const fits = procedure.cases.filter((c) => Object.keys(c.when).length === 0 || matches(c.when, answers));
  fits.sort((a, b) => Object.keys(b.when).length - Object.keys(a.when).length);
  return fits[0] ?? procedure.cases[0];
}

/** A finding from a pack rule and an observation: the message template filled with its values. */
export function toFinding(rule: RuleSpec, o: DossierObservation): Finding {
  const vars: Record<string, string | number> = { ...rule.params, expected: o.expected ?? '', found: o.found ?? '', ...(o.vars ?? {}) } as Record<string, string | number>;
  const message = rule.message.replace(/\{(\w+)\}/g, (_, k: string) => (vars[k] !== undefined ? String(vars[k]) : ''));
  const f: Finding = {
    ruleId: rule.id,
    status: o.status as 'fail' | 'needs_review',
    severity: o.severity ?? rule.severity,
    component: o.component ?? rule.component,
    message,
    legalRef: o.legalRef ?? rule.legalRef,
  };
  if (o.expected) f.expected = o.expected;
  if (o.found) f.found = o.found;
  if (o.location) f.location = o.location;
  if (rule.fix) f.fix = rule.fix;
  return Finding.parse(f);
}

/** sha256 of the dossier: of the sorted per-file digests, so the same files give the same value. */
export async function dossierSha(files: { bytes: Uint8Array }[]): Promise<string> {
  const subtle = globalThis.crypto.subtle;
  const parts = await Promise.all(files.map(async (f) => hex(new Uint8Array(await subtle.digest('SHA-256', f.bytes as Uint8Array<ArrayBuffer>)))));
  parts.sort();
  return hex(new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')))));
}
function hex(b: Uint8Array): string {
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}
function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
