// A draft: the content it started from (version, ETag) and the edited content. Kept in extension
// storage so a closed page loses nothing. After a publish conflict the draft's own changes are
// re-applied onto the newer current version (rebase), field by field.
import { same } from '../../../rules/pack-diff.ts';
export type Content = Record<string, unknown> & { id: string; version: string; kind: string };

export interface Draft {
  packId: string;
  /** ETag and version the draft was started from; null etag = the pack is new on the server. */
  baseEtag: string | null;
  baseVersion: string;
  base: Content;
  content: Content;
  savedAt: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** 2026.1.0 → 2026.1.1: a new version number (versions are immutable on the server). */
export function nextVersion(v: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : v;
}

const cmpVersion = (a: string, b: string) => {
  const pa = a.split('.').map(Number), pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};

export function newDraft(packId: string, current: Content, etag: string | null): Draft {
  const content = clone(current);
  if (etag) content.version = nextVersion(current.version);
  return { packId, baseEtag: etag, baseVersion: current.version, base: clone(current), content, savedAt: new Date().toISOString() };
}

const itemKey = (c: Obj) => (Array.isArray(c.procedures) ? 'procedures' : 'rules');
const idOf = (x: Obj) => String(x.id ?? x.code);

/** Apply `mine` (edited from `base`) onto `theirs`: only the fields I changed; theirs elsewhere. */
function mergeObj(base: Obj, mine: Obj, theirs: Obj): Obj {
  const out = clone(theirs);
  for (const k of new Set([...Object.keys(base), ...Object.keys(mine)])) {
    if (same(base[k], mine[k])) continue;
    if (k === 'params' && isObj(base[k]) && isObj(mine[k]) && isObj(theirs[k])) out[k] = mergeObj(base[k] as Obj, mine[k] as Obj, theirs[k] as Obj);
    else if (mine[k] === undefined) delete out[k];
    else out[k] = clone(mine[k]);
  }
  return out;
}

/** The draft re-applied onto a newer current version: { draft, overlaps } where overlaps are the
 *  items both sides changed (the draft's value wins; the editor is told which). */
export function rebase(d: Draft, current: Content, etag: string): { draft: Draft; overlaps: string[] } {
  const key = itemKey(d.content);
  const list = (c: Obj) => (Array.isArray(c[key]) ? (c[key] as Obj[]) : []);
  const baseItems = new Map(list(d.base).map((x) => [idOf(x), x]));
  const mineItems = new Map(list(d.content).map((x) => [idOf(x), x]));
  const theirItems = new Map(list(current).map((x) => [idOf(x), x]));
  const overlaps: string[] = [];
  const merged: Obj[] = [];
  for (const t of list(current)) {
    const id = idOf(t);
    const b = baseItems.get(id), m = mineItems.get(id);
    if (b && !m) continue; // I removed it
    if (b && m && !same(b, m)) {
      if (!same(b, t)) overlaps.push(id);
      merged.push(mergeObj(b, m, t));
    } else merged.push(t);
  }
  for (const m of list(d.content)) if (!baseItems.has(idOf(m)) && !theirItems.has(idOf(m))) merged.push(clone(m)); // I added it
  const header = mergeObj(
    Object.fromEntries(Object.entries(d.base).filter(([k]) => k !== key)),
    Object.fromEntries(Object.entries(d.content).filter(([k]) => k !== key)),
    Object.fromEntries(Object.entries(current).filter(([k]) => k !== key)),
  );
  const content = { ...header, [key]: merged } as Content;
  if (cmpVersion(content.version, current.version) <= 0) content.version = nextVersion(current.version);
  return {
    draft: { packId: d.packId, baseEtag: etag, baseVersion: current.version, base: clone(current), content, savedAt: new Date().toISOString() },
    overlaps,
  };
}

/** Storage of drafts, one per pack (browser.storage.local in the page; a Map in tests). */
export interface DraftStore {
  get(packId: string): Promise<Draft | undefined>;
  put(d: Draft): Promise<void>;
  remove(packId: string): Promise<void>;
}
