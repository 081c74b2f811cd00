// A rule kind: the small function that measures. The pack (data) gives the values, message,
// severity and legal reference; the kind returns observations; the evaluator makes findings.
import type { DocumentModel } from '../model.ts';
import type { RuleSpec } from '../pack.ts';
import type { Location, RuleStatus } from '../report.ts';
import type { Detection } from '../detect/types.ts';

export interface RuleContext {
  model: DocumentModel;
  detection: Detection;
}

export interface Observation {
  status: RuleStatus;
  expected?: string;
  found?: string;
  location?: Location;
  /** Extra values for the message template ({name}). */
  vars?: Record<string, string | number>;
  /** Override the pack's severity for this observation (e.g. "HOÀ" is a warning of quoc-hieu.text). */
  severity?: 'error' | 'warning' | 'info';
}

export interface RuleKind {
  name: string;
  /** One line: what this kind measures (for the rule editor). */
  description: string;
  /** Must return at least one observation; a kind that cannot see its input says needs_review. */
  evaluate(rule: RuleSpec, ctx: RuleContext): Observation[];
}
