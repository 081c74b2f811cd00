// The dossier side of rules/: the default catalogue (validated at load) and the lookup of the
// procedure in force on a date. Faces call checkDossier (./check.ts) and makeMau02 (./mau02.ts).
import communeJson from '../packs/procedures/commune.json' with { type: 'json' };
import { ProcedurePack, type Procedure } from './catalogue.ts';

export * from './catalogue.ts';

/** The seeded commune catalogue (decree30.md §5), validated once. */
export const defaultCatalogue: ProcedurePack = ProcedurePack.parse(communeJson);

/** "2.000884.000.00.00.H55" → "2.000884"; "1.012753.H19" → "1.012753". */
export function nationalCode(code: string): string | null {
  const m = /^\s*([12]\.\d{6})(?:\.[0-9A-Za-z.]*)?\s*$/.exec(code);
  return m ? m[1] : null;
}

export interface InForce {
  pack: ProcedurePack;
  procedure: Procedure;
}

/**
 * The procedure applied to a dossier received on `date`: among the catalogue packs in force that
 * day (effectiveFrom ≤ date), the newest one that lists the code (national code or a local variant).
 */
export function procedureInForce(catalogues: ProcedurePack[], code: string, date: Date | string = new Date()): InForce | null {
  const day = typeof date === 'string' ? date.slice(0, 10) : isoDay(date);
  const national = nationalCode(code);
  const candidates = catalogues
    .filter((p) => p.effectiveFrom <= day)
    .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? cmpVersion(b.version, a.version) : b.effectiveFrom.localeCompare(a.effectiveFrom)));
  for (const pack of candidates) {
    const exact = pack.procedures.find((p) => p.variants.includes(code.trim()));
    const procedure = exact ?? pack.procedures.find((p) => p.code === national);
    if (procedure) return { pack, procedure };
  }
  return null;
}

/** Search by code or by words of the name (accent-insensitive), for the procedure picker. */
export function searchProcedures(catalogue: ProcedurePack, query: string): Procedure[] {
  const q = fold(query);
  if (!q) return catalogue.procedures;
  return catalogue.procedures.filter((p) => p.code.startsWith(query.trim()) || p.variants.some((v) => v.startsWith(query.trim())) || fold(p.name).includes(q));
}

/** Local calendar day in Việt Nam (UTC+7): the reception date that selects the catalogue. */
function isoDay(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
function cmpVersion(a: string, b: string): number {
  const x = a.split('.').map(Number), y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
