// Rule packs as data: the zod schema shared by rules/, the registry (functions/) and the rule editor.
// A pack says the values, message, severity and legal reference; the rule kind says how to measure.
import { z } from 'zod';
import { Severity } from './report.ts';

/** A parameter value: numbers, ranges, words, patterns, lists of them. */
export const Range = z
  .object({ min: z.number().optional(), max: z.number().optional() })
  .strict()
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'min phải ≤ max' });
export type Range = z.infer<typeof Range>;

export const ParamValue = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  Range,
  z.array(z.union([z.number(), z.string()])),
  z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
]);
export type ParamValue = z.infer<typeof ParamValue>;

export const RuleId = z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'mã quy tắc dạng "nd30.page.margin-left"');

export const RuleSpec = z
  .object({
    id: RuleId,
    /** Rule kind: the small function in rules/kinds/ that measures. */
    kind: z.string().min(1),
    /** Component the findings are grouped under (report.md `component`). */
    component: z.string().min(1),
    enabled: z.boolean().default(true),
    severity: Severity,
    /** Vietnamese message template: {expected}, {found} and param names in braces. */
    message: z.string().min(1),
    /** Short plain-words title of the rule (for lists and the rule editor). */
    title: z.string().min(1),
    legalRef: z.string().min(1),
    fix: z.string().optional(),
    /** Document type codes ("QĐ", "CV"…) the rule applies to; absent = all types. */
    appliesTo: z.array(z.string()).optional(),
    /** Types the rule does not apply to. */
    exceptTypes: z.array(z.string()).optional(),
    params: z.record(z.string(), ParamValue).default({}),
  })
  .strict();
export type RuleSpec = z.infer<typeof RuleSpec>;

const packBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'mã bộ quy tắc: chữ thường, số, gạch nối'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'phiên bản dạng 2026.1.0'),
  title: z.string().min(1),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày hiệu lực dạng YYYY-MM-DD'),
  legalBasis: z.string().optional(),
  /** observe: findings are collected for statistics while the pack is trialled (carried into report.ruleSet.mode). */
  mode: z.enum(['enforce', 'observe']).optional(),
};

export const Pack = z
  .object({ ...packBase, kind: z.literal('rules'), rules: z.array(RuleSpec).min(1) })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `trùng mã quy tắc ${r.id}` });
      seen.add(r.id);
    });
  });
export type Pack = z.infer<typeof Pack>;

/** Overlay for a province or an agency: change severities, disable rules, narrow values. */
export const RuleOverride = z
  .object({
    id: RuleId,
    enabled: z.boolean().optional(),
    severity: Severity.optional(),
    message: z.string().min(1).optional(),
    legalRef: z.string().min(1).optional(),
    fix: z.string().optional(),
    appliesTo: z.array(z.string()).optional(),
    params: z.record(z.string(), ParamValue).optional(),
  })
  .strict();
export type RuleOverride = z.infer<typeof RuleOverride>;

export const OverlayPack = z
  .object({ ...packBase, kind: z.literal('overlay'), overlayOf: z.string(), rules: z.array(RuleOverride) })
  .strict();
export type OverlayPack = z.infer<typeof OverlayPack>;

export class OverlayError extends Error {}

/** Merge an overlay onto its base; the result is what gets evaluated. Ranges may only narrow. */
export function mergePack(base: Pack, overlay: OverlayPack): Pack {
  if (overlay.overlayOf !== base.id) throw new OverlayError(`Lớp bổ sung dành cho "${overlay.overlayOf}", không phải "${base.id}".`);
  const byId = new Map(overlay.rules.map((o) => [o.id, o]));
  for (const id of byId.keys()) {
    if (!base.rules.some((r) => r.id === id)) throw new OverlayError(`Quy tắc ${id} không có trong bộ ${base.id}.`);
  }
  const rules = base.rules.map((r) => {
    const o = byId.get(r.id);
    if (!o) return r;
    const params = { ...r.params };
    for (const [k, v] of Object.entries(o.params ?? {})) {
      const was = r.params[k];
      if (isRange(was) && isRange(v) && !narrows(was, v)) {
        throw new OverlayError(`${r.id}: ${k} chỉ được thu hẹp trong khoảng ${fmtRange(was)}, không được ${fmtRange(v)}.`);
      }
      params[k] = v;
    }
    const { params: _p, id: _i, ...rest } = o;
    return { ...r, ...stripUndefined(rest), params };
  });
  return { ...base, ...(overlay.mode ? { mode: overlay.mode } : {}), id: base.id, version: `${base.version}+${overlay.id}.${overlay.version}`, title: `${base.title} — ${overlay.title}`, rules };
}

function isRange(v: unknown): v is Range {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && ('min' in v || 'max' in v);
}
function narrows(base: Range, next: Range): boolean {
  const lo = base.min ?? -Infinity, hi = base.max ?? Infinity;
  const nlo = next.min ?? -Infinity, nhi = next.max ?? Infinity;
  return nlo >= lo && nhi <= hi;
}
function fmtRange(r: Range) {
  return `${r.min ?? '…'}–${r.max ?? '…'}`;
}
function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const packJsonSchema = () => z.toJSONSchema(Pack, { io: 'input' });
export const overlayJsonSchema = () => z.toJSONSchema(OverlayPack, { io: 'input' });
