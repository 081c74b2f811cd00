// What the dossier rule kinds see: the procedure and case chosen, the answers, every file with
// what it was recognised as, and every component with the files matched to it.
import type { RuleSpec } from '../pack.ts';
import type { Observation } from '../kinds/types.ts';
import type { Case, Component, Conditions, Copies, Outdated, Procedure } from './catalogue.ts';
import type { FileRead } from './read.ts';
import type { Recognition } from './recognise.ts';

export interface DossierFile {
  read: FileRead;
  recognition: Recognition;
}

export type Need = 'required' | 'conditional' | 'one-of' | 'optional' | 'present-only' | 'not-needed';

export interface ComponentState {
  component: Component;
  /** How this component applies to this case and these answers. */
  need: Need;
  /** Provided without a file (e-form filed online, data looked up, e-certificate). */
  satisfiedByAnswers: boolean;
  /** Present-only paper that must be filed in this case (by post). */
  mustSubmit: boolean;
  files: DossierFile[];
}

export interface DossierContext {
  procedure: Procedure;
  caseDef: Case;
  answers: Record<string, string>;
  files: DossierFile[];
  components: ComponentState[];
  outdated: Outdated[];
  /** Reception day (YYYY-MM-DD, Việt Nam time). */
  receivedOn: string;
  /** Counts the dossier declares per component id (Mẫu 01 table, portal rows). */
  declaredCounts: Record<string, Partial<Copies>>;
}

/** An observation plus the per-finding legal reference (the component's own citation). */
export interface DossierObservation extends Observation {
  legalRef?: string;
  component?: 'tthc' | 'form';
}

export interface DossierKind {
  name: string;
  description: string;
  evaluate(rule: RuleSpec, ctx: DossierContext): DossierObservation[];
}

export function matches(when: Conditions | undefined, answers: Record<string, string>): boolean {
  if (!when) return false;
  return Object.entries(when).every(([k, v]) => (Array.isArray(v) ? v.includes(answers[k]) : answers[k] === v));
}

/** The legal texts a component rests on; a secondary-source note only when no law is cited. */
export function citeOf(c: { cite: { ref: string; source: string }[] }): string | undefined {
  const legal = c.cite.filter((x) => /^(Luật|Nghị định|Thông tư|NĐ|TT|Công văn|Quyết định)\b/u.test(x.ref));
  if (legal.length) return legal.map((x) => x.ref).join('; ');
  return c.cite.length ? c.cite.map((x) => `${x.ref} (${x.source})`).join('; ') : undefined;
}

export function fmtCopies(c: Partial<Copies>): string {
  return `${c.original ?? 0} bản chính, ${c.certified ?? 0} bản chứng thực, ${c.photocopy ?? 0} bản photo`;
}
