// Shared by the dossier tests: the committed fixtures (test/fixtures/dossier/make.ts) and a
// check run on them exactly as the CLI and the side panel do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDossierDetailed, type DossierInput, type DossierResult } from '../../rules/dossier/check.ts';

export const fixtures = join(import.meta.dirname, '..', 'fixtures', 'dossier', 'out');

export interface ManifestEntry {
  procedure: string;
  variant: string;
  dir: string;
  caseAnswers: Record<string, string>;
  files: string[];
  expect: string[];
  note?: string;
}

export const manifest: ManifestEntry[] = JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8'));

export function entry(procedure: string, variant: string): ManifestEntry {
  const e = manifest.find((m) => m.procedure === procedure && m.variant === variant);
  if (!e) throw new Error(`no fixture ${procedure}/${variant}`);
  return e;
}

export function filesOf(e: ManifestEntry): { name: string; bytes: Uint8Array }[] {
  return e.files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(fixtures, e.dir, name))) }));
}

/** Check a fixture dossier; the reception date is fixed so outdated papers are judged the same every run. */
export async function check(procedure: string, variant: string, extra: Partial<DossierInput> = {}): Promise<DossierResult> {
  const e = entry(procedure, variant);
  return checkDossierDetailed({
    procedure,
    caseAnswers: e.caseAnswers,
    files: filesOf(e),
    receivedAt: '2026-03-10',
    // pdf.js is loaded by the first PDF read; on a loaded test machine that alone takes seconds.
    readOptions: { limits: { timeMs: 60_000 } },
    ...extra,
  });
}

export const ids = (r: DossierResult) => [...new Set(r.report.findings.map((f) => f.ruleId))].sort();
export const of = (r: DossierResult, ruleId: string) => r.report.findings.filter((f) => f.ruleId === ruleId);
