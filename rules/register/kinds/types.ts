// A register rule kind: measures one tthc.record.* rule over all records of an export.
// Like the document kinds (rules/kinds/types.ts) it returns observations; the pack gives the words.
import type { RuleSpec } from '../../pack.ts';
import type { Observation } from '../../kinds/types.ts';
import type { WorkCalendar } from '../calendar.ts';
import type { DossierRecord, PaperEntry } from '../record.ts';
import type { TermsLookup } from '../terms.ts';
import type { WallMs } from '../wall-time.ts';

export interface AuditInput {
  records: DossierRecord[];
  /** Second list (paper register, Mẫu 01 slips), when given. */
  paper: PaperEntry[] | null;
  calendar: WorkCalendar;
  terms: TermsLookup;
  /** "Now" for dossiers still open (the audit date). */
  now: WallMs;
  /** The export has handover (control-slip) data / a fee column at all. */
  hasProgress: boolean;
  hasFee: boolean;
}

export interface RecordObservation extends Observation {
  /** The record the observation is about (absent: about the whole export). */
  record?: DossierRecord;
  /** A row of the second list instead. */
  paperRow?: number;
}

/** Shared results for the common case: a pass or not-applicable needs no record attached (audits run over 100,000 rows). */
export const PASS: RecordObservation = Object.freeze({ status: 'pass' });
export const NOT_APPLICABLE: RecordObservation = Object.freeze({ status: 'not_applicable' });

export interface RecordKind {
  name: string;
  description: string;
  evaluate(rule: RuleSpec, input: AuditInput): RecordObservation[];
}

/** Appointment times written without a time of day mean "by the end of that day". */
export function effectiveDeadline(t: WallMs): WallMs {
  return t % 86_400_000 === 0 ? t + 86_400_000 - 60_000 : t;
}

/** Is the record late against its (original) appointment? null when it cannot be told. */
export function lateness(r: DossierRecord, now: WallMs): { late: boolean; at: WallMs; open: boolean } | null {
  if (r.appointmentAt === null) return null;
  const at = r.returnedAt ?? now;
  return { late: at > effectiveDeadline(r.appointmentAt), at, open: r.returnedAt === null };
}
