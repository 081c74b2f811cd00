// The statistics payload: what leaves the user's machine after a check. Counts per rule id,
// the document type (or procedure code), the pack version, the unit and the sha256 — no text,
// no file names. Strict schemas: any extra field (a file name, a message) is refused.
import { z } from 'zod';
import type { Report } from './report.ts';

export const RuleCounts = z
  .object({ fail: z.number().int().nonnegative(), needsReview: z.number().int().nonnegative() })
  .strict();

export const CheckSummary = z
  .object({
    /** Random id made by the client per check: re-sending it never counts twice. */
    clientId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
    unit: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'mã đơn vị: chữ, số, . _ -'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** What was checked: a document, a dossier (procedure code in docType) or a register month. */
    subject: z.enum(['document', 'dossier', 'register']).default('document'),
    /** Document type code (QĐ, CV…), procedure code for dossiers, or null when unknown. */
    docType: z.string().max(40).nullable(),
    pack: z.object({ id: z.string().max(64), version: z.string().max(64) }).strict(),
    mode: z.enum(['enforce', 'observe']).default('enforce'),
    counts: z.record(z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/), RuleCounts),
    /** Number of error findings (fail + severity error) — for "share of documents with an error". */
    errors: z.number().int().nonnegative(),
    checkedAt: z.iso.datetime({ offset: true }),
    clientVersion: z.string().max(32),
  })
  .strict();
export type CheckSummary = z.infer<typeof CheckSummary>;

export const IngestBatch = z.object({ summaries: z.array(CheckSummary).min(1).max(500) }).strict();
export type IngestBatch = z.infer<typeof IngestBatch>;

/** Strip a report down to its statistics summary. */
export function summaryFromReport(
  report: Report,
  ctx: { clientId: string; unit: string; clientVersion: string; checkedAt?: string; subject?: CheckSummary['subject']; docType?: string | null },
): CheckSummary {
  const counts: Record<string, { fail: number; needsReview: number }> = {};
  let errors = 0;
  for (const f of report.findings) {
    const c = (counts[f.ruleId] ??= { fail: 0, needsReview: 0 });
    if (f.status === 'fail') {
      c.fail++;
      if (f.severity === 'error') errors++;
    } else c.needsReview++;
  }
  return {
    clientId: ctx.clientId,
    unit: ctx.unit,
    sha256: report.sha256,
    subject: ctx.subject ?? 'document',
    docType: ctx.docType !== undefined ? ctx.docType : report.docType?.code ?? null,
    pack: { id: report.ruleSet.id, version: report.ruleSet.version },
    mode: report.ruleSet.mode ?? 'enforce',
    counts,
    errors,
    checkedAt: ctx.checkedAt ?? new Date().toISOString(),
    clientVersion: ctx.clientVersion,
  };
}
