// One audit from the page: the export (and maybe the paper list) → RegisterAudit, or the
// mapping step when the headers are unknown and no saved mapping fits. Runs in the page:
// the file never leaves the machine.
import { defaultCatalogue } from '../../../rules/dossier/index.ts';
import { auditRegister, type RegisterAudit } from '../../../rules/register/audit.ts';
import { CalendarData, WorkCalendar } from '../../../rules/register/calendar.ts';
import { importRegister } from '../../../rules/register/import.ts';
import type { ColumnMapping, Field } from '../../../rules/register/mapping.ts';
import type { WallMs } from '../../../rules/register/wall-time.ts';
import { fittingMapping, type SavedMappings } from './mappings.ts';

export interface RunInput {
  bytes: Uint8Array;
  file: string;
  now: WallMs;
  calendar?: CalendarData | null;
  paper?: { bytes: Uint8Array; file: string } | null;
  /** A mapping chosen right now in the mapping step. */
  mapping?: ColumnMapping;
  saved: SavedMappings;
}

export type RunResult =
  | { kind: 'audit'; audit: RegisterAudit; /** Name of the saved mapping applied, if any. */ usedMapping: string | null }
  | { kind: 'mapping'; headers: string[]; missing: Field[]; message: string };

export async function runAudit(o: RunInput): Promise<RunResult> {
  const base = {
    file: o.file,
    catalogues: [defaultCatalogue],
    calendar: new WorkCalendar(o.calendar ?? undefined),
    now: o.now,
    paper: o.paper ?? undefined,
  };
  const first = await auditRegister(o.bytes, { ...base, mapping: o.mapping });
  if (first.format !== 'unknown' || o.mapping) return { kind: 'audit', audit: first, usedMapping: o.mapping?.layout ?? null };
  // Not read: either not a table at all (findings say why) or headers we do not know.
  const imp = await importRegister(o.bytes);
  if (imp.ok || !imp.headers || !imp.missing?.length) return { kind: 'audit', audit: first, usedMapping: null };
  const fit = fittingMapping(imp.headers, o.saved);
  if (fit) return { kind: 'audit', audit: await auditRegister(o.bytes, { ...base, mapping: fit }), usedMapping: fit.layout };
  return { kind: 'mapping', headers: imp.headers.filter((h) => h.trim()), missing: imp.missing, message: imp.message };
}
