// Run every enabled rule of a pack over a model + detection and turn observations into findings.
// Statuses are honest: what a kind cannot see is needs_review; scope, unknown type and scanned pages
// demote fails to needs_review rather than guessing.
import type { DocumentModel, InputProblem } from './model.ts';
import type { Detection } from './detect/types.ts';
import type { Pack, RuleSpec } from './pack.ts';
import type { Finding, Location, RuleStatus } from './report.ts';
import type { Observation, RuleKind } from './kinds/types.ts';
import { kinds as defaultKinds } from './kinds/index.ts';

export interface Evaluation {
  findings: Finding[];
  passed: number;
  notApplicable: number;
  /** Overall status of each evaluated rule (worst of its observations). */
  statuses: Record<string, RuleStatus>;
}

export interface EvaluateInput {
  model: DocumentModel;
  detection: Detection;
  /** Reader problems that did not stop reading (e.g. input.scanned pages). */
  problems?: InputProblem[];
}

/** Rules still observable on a page without a text layer. */
const IMAGE_SAFE = new Set(['nd30.page.size', 'nd30.page.orientation']);

const REASON_VI: Record<string, string> = {
  normative: 'văn bản quy phạm pháp luật',
  party: 'văn bản của Đảng',
  'not-a-document': 'không phải văn bản hành chính',
};

export function evaluate(pack: Pack, input: EvaluateInput, registry: Record<string, RuleKind> = defaultKinds): Evaluation {
  const { model, detection } = input;
  const problems = input.problems ?? [];
  const out = new Collector();
  const code = detection.docType?.code ?? null;
  const scanned = new Set(model.pages.filter((p) => p.imageOnly).map((p) => p.number));
  const allScanned = model.format === 'pdf' && model.pages.length > 0 && scanned.size === model.pages.length;
  const notAdmin = detection.scope.administrative === false;

  for (const rule of pack.rules) {
    if (!rule.enabled) continue;
    if (rule.kind === 'input') {
      out.add(rule, inputObservations(rule, problems));
      continue;
    }
    if (allScanned && rule.kind.startsWith('scope-')) {
      // Nothing of the text can be seen: neither the scope nor the type can be decided.
      out.add(rule, [{ status: 'needs_review', found: 'các trang là ảnh quét, không có lớp chữ' }]);
      continue;
    }
    if (rule.kind === 'scope-administrative') {
      const s = detection.scope;
      const found = s.administrative ? undefined : s.reason && s.reason !== 'not-a-document' ? [REASON_VI[s.reason], s.evidence].filter(Boolean).join(': ') : s.evidence || REASON_VI['not-a-document'];
      out.add(rule, [s.administrative ? { status: 'pass' } : { status: 'fail', found, location: s.evidence ? { text: s.evidence.slice(0, 80) } : undefined }]);
      continue;
    }
    if (rule.kind === 'scope-doc-type') {
      out.add(rule, [detection.docType ? { status: 'pass' } : { status: 'fail' }]);
      continue;
    }
    const typed = !!(rule.appliesTo?.length || rule.exceptTypes?.length);
    if (code && rule.appliesTo?.length && !rule.appliesTo.includes(code)) { out.add(rule, [{ status: 'not_applicable' }]); continue; }
    if (code && rule.exceptTypes?.includes(code)) { out.add(rule, [{ status: 'not_applicable' }]); continue; }

    if (allScanned && !IMAGE_SAFE.has(rule.id)) {
      out.add(rule, [{ status: 'needs_review', found: 'các trang là ảnh quét, không có lớp chữ' }]);
      continue;
    }
    const kind = registry[rule.kind];
    let obs: Observation[];
    if (!kind) obs = [{ status: 'needs_review', found: `chưa có cách đo "${rule.kind}"` }];
    else {
      try {
        obs = kind.evaluate(rule, { model, detection });
        if (!obs.length) obs = [{ status: 'needs_review', found: 'không quan sát được' }];
      } catch (e) {
        // A kind must never crash the report: say the rule could not be judged.
        obs = [{ status: 'needs_review', found: `lỗi khi đo (${e instanceof Error ? e.message : String(e)})`.slice(0, 200) }];
      }
    }
    obs = obs.map((o) => {
      if (o.status !== 'fail') return o;
      const demote = (why: string): Observation => ({ ...o, status: 'needs_review', vars: { ...o.vars, why } });
      if (notAdmin && rule.id.startsWith('nd30.')) return demote('văn bản có thể không thuộc phạm vi NĐ 30');
      if (typed && !code) return demote('chưa xác định được loại văn bản');
      if (o.location?.page && scanned.has(o.location.page)) return demote(`trang ${o.location.page} là ảnh quét`);
      if (!o.location && scanned.size && !IMAGE_SAFE.has(rule.id)) return demote('có trang là ảnh quét');
      return o;
    });
    if (notAdmin && rule.id.startsWith('nd30.')) obs = collapse(obs);
    out.add(rule, obs);
  }
  return out.result();
}

/** Out of scope, the places of a rule are not worth listing one by one: keep the first, count the rest. */
function collapse(obs: Observation[]): Observation[] {
  const flagged = obs.filter((o) => o.status === 'needs_review' || o.status === 'fail');
  if (flagged.length <= 1) return obs;
  const first = flagged[0];
  const why = first.vars?.why ? `${first.vars.why}; ` : '';
  return [{ ...first, vars: { ...first.vars, why: `${why}cùng vấn đề ở ${flagged.length - 1} chỗ khác` } }];
}

/** A file that could not be read: only the input rule that says why. */
export function evaluateUnreadable(pack: Pack, problem: InputProblem): Evaluation {
  const out = new Collector();
  const rule = pack.rules.find((r) => r.id === problem.ruleId);
  if (rule && rule.enabled) out.add(rule, inputObservations(rule, [problem]));
  else out.findings.push({ ruleId: problem.ruleId, status: 'fail', severity: 'error', component: 'input', message: problem.message });
  return out.result();
}

function inputObservations(rule: RuleSpec, problems: InputProblem[]): Observation[] {
  const mine = problems.filter((p) => p.ruleId === rule.id);
  if (!mine.length) return [{ status: 'pass' }];
  return mine.map((p) => ({
    status: 'fail',
    found: [p.recognised && `định dạng nhận ra: ${p.recognised}`, p.detail].filter(Boolean).join('; ') || undefined,
    location: p.page ? { page: p.page } : undefined,
    vars: { message: p.message },
  }));
}

const RANK: Record<RuleStatus, number> = { fail: 3, needs_review: 2, pass: 1, not_applicable: 0 };

class Collector {
  findings: Finding[] = [];
  passed = 0;
  notApplicable = 0;
  statuses: Record<string, RuleStatus> = {};
  private seen = new Set<string>();

  add(rule: RuleSpec, obs: Observation[]) {
    let worst: RuleStatus = 'not_applicable';
    for (const o of obs) {
      if (RANK[o.status] > RANK[worst]) worst = o.status;
      if (o.status !== 'fail' && o.status !== 'needs_review') continue;
      const key = `${rule.id}|${JSON.stringify(o.location ?? null)}`;
      if (this.seen.has(key)) continue; // one finding per (rule, place)
      this.seen.add(key);
      this.findings.push(toFinding(rule, o));
    }
    this.statuses[rule.id] = worst;
    if (worst === 'pass') this.passed++;
    else if (worst === 'not_applicable') this.notApplicable++;
  }

  result(): Evaluation {
    return { findings: this.findings, passed: this.passed, notApplicable: this.notApplicable, statuses: this.statuses };
  }
}

function toFinding(rule: RuleSpec, o: Observation): Finding {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(rule.params)) if (typeof v === 'string' || typeof v === 'number') vars[k] = v;
  Object.assign(vars, o.vars ?? {}, { expected: o.expected ?? '', found: o.found ?? '' });
  let message: string;
  if (rule.kind === 'input' && typeof vars.message === 'string') message = vars.message;
  else if (o.status === 'fail') message = fill(rule.message, vars);
  else if (o.vars?.why) message = `${fill(rule.message, vars)} Cần người kiểm tra lại: ${o.vars.why}.`;
  else message = `${rule.title}: cần người kiểm tra${o.found ? ` (${o.found})` : ''}.`;
  const f: Finding = {
    ruleId: rule.id,
    status: o.status === 'fail' ? 'fail' : 'needs_review',
    severity: o.severity ?? rule.severity,
    component: rule.component,
    message: message.trim() || rule.title,
    legalRef: rule.legalRef,
  };
  if (o.expected) f.expected = o.expected;
  if (o.found) f.found = o.found;
  const loc = cleanLocation(o.location);
  if (loc) f.location = loc;
  if (rule.fix) f.fix = rule.fix;
  return f;
}

/** Fill "{name}" placeholders; unknown names become empty, leftover punctuation is tidied. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template
    .replace(/\{(\w+)\}/g, (_, k: string) => (vars[k] === undefined ? '' : String(vars[k])))
    .replace(/""/g, '')
    .replace(/([^.])\.\.(?!\.)/g, '$1.')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function cleanLocation(l: Location | undefined): Location | undefined {
  if (!l) return undefined;
  const out = Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined && v !== '')) as Location;
  return Object.keys(out).length ? out : undefined;
}
