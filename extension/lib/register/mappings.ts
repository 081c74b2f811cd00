// Column mappings the user made for exports whose headers we do not know, saved per layout name
// in extension storage and tried again on the next file of the same product.
import { ColumnMapping, FIELDS, REQUIRED, guessMapping, type Field } from '../../../rules/register/mapping.ts';
import type { Kv } from '../pack-sync.ts';

export const MAPPINGS_KEY = 'registerMappings';

export type SavedMappings = Record<string, ColumnMapping>;

export async function loadMappings(kv: Kv): Promise<SavedMappings> {
  const raw = (await kv.get(MAPPINGS_KEY)) as Record<string, unknown> | undefined;
  const out: SavedMappings = {};
  // A damaged entry is dropped, not fatal: the user can map again.
  for (const [name, m] of Object.entries(raw ?? {})) {
    const p = ColumnMapping.safeParse(m);
    if (p.success) out[name] = p.data;
  }
  return out;
}

export async function saveMapping(kv: Kv, m: ColumnMapping): Promise<SavedMappings> {
  const all = { ...(await loadMappings(kv)), [m.layout]: ColumnMapping.parse(m) };
  await kv.set(MAPPINGS_KEY, all);
  return all;
}

export async function deleteMapping(kv: Kv, name: string): Promise<SavedMappings> {
  const all = await loadMappings(kv);
  delete all[name];
  await kv.set(MAPPINGS_KEY, all);
  return all;
}

/** The saved mapping that fits these headers best (all required fields present, most columns found). */
export function fittingMapping(headers: string[], saved: SavedMappings): ColumnMapping | null {
  let best: { m: ColumnMapping; n: number } | null = null;
  for (const m of Object.values(saved)) {
    const g = guessMapping(headers, m);
    if (g.missing.length) continue;
    const n = Object.keys(g.mapping.columns).length;
    if (!best || n > best.n) best = { m, n };
  }
  return best?.m ?? null;
}

/** Layout names become storage keys and file names: plain ASCII. */
export function layoutName(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'mau-xuat-khac'
  );
}

/** The starting point of the mapping step: what the synonyms found, the required fields still empty. */
export function draftMapping(headers: string[]): Partial<Record<Field, string>> {
  return { ...guessMapping(headers).mapping.columns };
}

export function mappingProblems(columns: Partial<Record<Field, string>>): string[] {
  const errs: string[] = [];
  for (const f of REQUIRED) if (!columns[f]) errs.push(f);
  return errs;
}

export function buildMapping(name: string, columns: Partial<Record<Field, string>>): ColumnMapping {
  const clean: ColumnMapping['columns'] = {};
  for (const f of FIELDS) if (columns[f]) clean[f] = columns[f];
  return { layout: layoutName(name), columns: clean };
}
