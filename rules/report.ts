// The check report (shared/spec/report.md): one per file, the same from every face.
import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const FindingStatus = z.enum(['fail', 'needs_review']);
export type FindingStatus = z.infer<typeof FindingStatus>;

/** Every evaluated rule yields one of these; reports list only fail / needs_review. */
export type RuleStatus = 'fail' | 'needs_review' | 'pass' | 'not_applicable';

export const Location = z
  .object({
    page: z.number().int().positive().optional(),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    paragraph: z.number().int().nonnegative().optional(),
    section: z.number().int().nonnegative().optional(),
    text: z.string().optional(),
    /** Dossier/register checks: which file, row or form field. */
    file: z.string().optional(),
    row: z.number().int().optional(),
    field: z.string().optional(),
  })
  .strict();
export type Location = z.infer<typeof Location>;

export const Finding = z
  .object({
    ruleId: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/),
    status: FindingStatus,
    severity: Severity,
    component: z.string(),
    message: z.string().min(1),
    expected: z.string().optional(),
    found: z.string().optional(),
    legalRef: z.string().optional(),
    location: Location.optional(),
    fix: z.string().optional(),
  })
  .strict();
export type Finding = z.infer<typeof Finding>;

export const Summary = z
  .object({
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    info: z.number().int().nonnegative(),
    needsReview: z.number().int().nonnegative(),
    passed: z.number().int().nonnegative(),
    notApplicable: z.number().int().nonnegative(),
  })
  .strict();
export type Summary = z.infer<typeof Summary>;

export const DocTypeResult = z
  .object({ code: z.string(), name: z.string(), confidence: z.number().min(0).max(1) })
  .strict();

export const Report = z
  .object({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: z.enum(['docx', 'pdf', 'unknown']),
    pages: z.number().int().nonnegative().nullable(),
    docType: DocTypeResult.nullable(),
    ruleSet: z.object({ id: z.string(), version: z.string(), mode: z.enum(['enforce', 'observe']).optional() }).strict(),
    findings: z.array(Finding),
    summary: Summary,
    elapsedMs: z.number().nonnegative(),
  })
  .strict();
export type Report = z.infer<typeof Report>;

/** Summary counts from findings plus the pass / not-applicable tallies of the evaluation. */
export function summarise(findings: Finding[], passed: number, notApplicable: number): Summary {
  const s: Summary = { errors: 0, warnings: 0, info: 0, needsReview: 0, passed, notApplicable };
  for (const f of findings) {
    // needs_review keeps its severity but never counts as an error (report.md).
    if (f.status === 'needs_review') s.needsReview++;
    else if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.info++;
  }
  return s;
}

export const reportJsonSchema = () => z.toJSONSchema(Report);
