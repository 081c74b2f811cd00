// Rule-pack registry: immutable publications (rev 1, 2, …) per pack; the newest rev is current.
import { sha256Hex } from '../lib/crypto.ts';
import { ConflictError, type Store } from '../store/types.ts';
import type { PackHeader } from '../kinds.ts';

export type Mode = 'observe' | 'enforce';

export interface Publication {
  packId: string;
  rev: number;
  version: string;
  kind: string;
  title: string;
  effectiveFrom: string;
  mode: Mode;
  action: 'publish' | 'rollback' | 'seed';
  rollbackTo: number | null;
  publishedAt: string;
  publishedBy: string;
  note: string;
  changed: Changes;
  contentHash: string;
  etag: string;
}

export interface Changes {
  added: string[];
  removed: string[];
  modified: string[];
}

interface Row {
  pack_id: string;
  rev: number;
  version: string;
  kind: string;
  title: string;
  effective_from: string;
  mode: Mode;
  content_hash: string;
  action: Publication['action'];
  rollback_to: number | null;
  published_at: string;
  published_by: string;
  note: string;
  changed: string;
  content?: string;
}

const COLS = 'pack_id, rev, version, kind, title, effective_from, mode, content_hash, action, rollback_to, published_at, published_by, note, changed';

export const etagOf = (packId: string, rev: number, hash: string) => `"${packId}.${rev}.${hash.slice(0, 12)}"`;

function toPub(r: Row): Publication {
  return {
    packId: r.pack_id,
    rev: r.rev,
    version: r.version,
    kind: r.kind,
    title: r.title,
    effectiveFrom: r.effective_from,
    mode: r.mode,
    action: r.action,
    rollbackTo: r.rollback_to,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    note: r.note,
    changed: JSON.parse(r.changed) as Changes,
    contentHash: r.content_hash,
    etag: etagOf(r.pack_id, r.rev, r.content_hash),
  };
}

export async function listCurrent(store: Store): Promise<Publication[]> {
  const rows = await store.all<Row>(
    `SELECT ${COLS} FROM pack_versions p
     WHERE rev = (SELECT MAX(rev) FROM pack_versions q WHERE q.pack_id = p.pack_id) ORDER BY pack_id`,
  );
  return rows.map(toPub);
}

export async function current(store: Store, packId: string): Promise<(Publication & { content: unknown }) | null> {
  const r = await store.first<Row>(`SELECT ${COLS}, content FROM pack_versions WHERE pack_id = ? ORDER BY rev DESC LIMIT 1`, [packId]);
  return r ? { ...toPub(r), content: JSON.parse(r.content!) } : null;
}

export async function byRev(store: Store, packId: string, rev: number): Promise<(Publication & { content: unknown }) | null> {
  const r = await store.first<Row>(`SELECT ${COLS}, content FROM pack_versions WHERE pack_id = ? AND rev = ?`, [packId, rev]);
  return r ? { ...toPub(r), content: JSON.parse(r.content!) } : null;
}

/** The latest publication of a given version string. */
export async function byVersion(store: Store, packId: string, version: string): Promise<(Publication & { content: unknown }) | null> {
  const r = await store.first<Row>(`SELECT ${COLS}, content FROM pack_versions WHERE pack_id = ? AND version = ? ORDER BY rev DESC LIMIT 1`, [
    packId,
    version,
  ]);
  return r ? { ...toPub(r), content: JSON.parse(r.content!) } : null;
}

export async function history(store: Store, packId: string): Promise<Publication[]> {
  return (await store.all<Row>(`SELECT ${COLS} FROM pack_versions WHERE pack_id = ? ORDER BY rev DESC`, [packId])).map(toPub);
}

/**
 * The version in force on a date: replay the publications; a rollback to X withdraws every version
 * published after X. Among what remains, the one with the latest effectiveFrom ≤ date wins.
 */
export async function inForceAt(store: Store, packId: string, date: string): Promise<(Publication & { content: unknown }) | null> {
  const pubs = (await history(store, packId)).reverse();
  let chain: Publication[] = [];
  for (const p of pubs) {
    chain = chain.filter((c) => c.version !== p.version);
    if (p.action === 'rollback') {
      const target = pubs.find((x) => x.rev === p.rollbackTo);
      const cut = target ? chain.findIndex((c) => c.rev >= target.rev) : -1;
      if (cut >= 0) chain = chain.slice(0, cut);
    }
    chain.push(p);
  }
  let best: Publication | null = null;
  for (const c of chain) {
    if (c.effectiveFrom > date) continue;
    if (!best || c.effectiveFrom > best.effectiveFrom || (c.effectiveFrom === best.effectiveFrom && c.rev > best.rev)) best = c;
  }
  return best ? byRev(store, packId, best.rev) : null;
}

/** Which item ids (rules, procedures…) were added, removed or changed between two contents. */
export function diffItems(prev: unknown, next: unknown): Changes {
  const items = (c: unknown) => {
    const m = new Map<string, string>();
    if (c && typeof c === 'object') {
      for (const v of Object.values(c)) {
        if (!Array.isArray(v)) continue;
        for (const it of v) {
          // Rules carry `id`, procedures carry `code`.
          const key = it && typeof it === 'object' ? ((it as { id?: unknown }).id ?? (it as { code?: unknown }).code) : undefined;
          if (typeof key === 'string') m.set(key, JSON.stringify(it));
        }
      }
    }
    return m;
  };
  const a = items(prev),
    b = items(next);
  return {
    added: [...b.keys()].filter((k) => !a.has(k)).sort(),
    removed: [...a.keys()].filter((k) => !b.has(k)).sort(),
    modified: [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k)).sort(),
  };
}

export class PublishError extends Error {
  constructor(
    readonly code: 'precondition_failed' | 'precondition_required' | 'version_immutable' | 'no_change' | 'version_not_found',
    message: string,
  ) {
    super(message);
  }
}

const stripWeak = (t: string) => t.trim().replace(/^W\//, '');

/**
 * Publish (or re-publish, for rollback) content as the next rev. `ifMatch` must name the current
 * ETag when the pack exists; the (pack_id, rev) primary key catches a publisher who slipped in
 * between our read and our write.
 */
export async function publish(
  store: Store,
  input: {
    pack: PackHeader;
    mode: Mode;
    note: string;
    by: string;
    ifMatch: string | null;
    action: 'publish' | 'rollback' | 'seed';
    rollbackTo?: number;
  },
): Promise<Publication> {
  const { pack } = input;
  const cur = await current(store, pack.id);
  if (cur) {
    if (input.ifMatch === null && input.action !== 'seed')
      throw new PublishError('precondition_required', 'Thiếu tiêu đề If-Match: gửi kèm ETag của phiên bản hiện hành để tránh ghi đè lẫn nhau.');
    if (input.ifMatch !== null && input.ifMatch !== '*' && !input.ifMatch.split(',').some((t) => stripWeak(t) === cur.etag))
      throw new PublishError('precondition_failed', `Bộ quy tắc đã được ban hành lại (hiện là ${cur.version}, lần ${cur.rev}); tải lại rồi thử lại.`);
  } else if (input.ifMatch !== null && input.ifMatch !== '*') {
    throw new PublishError('precondition_failed', 'Bộ quy tắc này chưa có phiên bản nào; không khớp If-Match.');
  }
  const content = JSON.stringify(pack);
  const hash = await sha256Hex(content);
  const sameVersion = await byVersion(store, pack.id, pack.version);
  if (sameVersion && sameVersion.contentHash !== hash)
    throw new PublishError('version_immutable', `Phiên bản ${pack.version} đã ban hành với nội dung khác; phiên bản không sửa được, hãy đặt số phiên bản mới.`);
  if (cur && cur.contentHash === hash && cur.mode === input.mode)
    throw new PublishError('no_change', `Phiên bản ${pack.version} đang hiện hành với cùng chế độ; không có gì để ban hành.`);
  const rev = (cur?.rev ?? 0) + 1;
  const changed = diffItems(cur?.content, pack);
  const publishedAt = new Date().toISOString();
  try {
    await store.run(
      `INSERT INTO pack_versions (pack_id, rev, version, kind, title, effective_from, mode, content, content_hash, action, rollback_to,
         published_at, published_by, note, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        pack.id,
        rev,
        pack.version,
        pack.kind,
        pack.title,
        pack.effectiveFrom,
        input.mode,
        content,
        hash,
        input.action,
        input.rollbackTo ?? null,
        publishedAt,
        input.by,
        input.note,
        JSON.stringify(changed),
      ],
    );
  } catch (e) {
    if (e instanceof ConflictError) throw new PublishError('precondition_failed', 'Có người vừa ban hành phiên bản khác cùng lúc; tải lại rồi thử lại.');
    throw e;
  }
  return (await byRev(store, pack.id, rev))!;
}

/** Seed a pack as current only when the registry has no version of it yet (first start). */
export async function seedIfAbsent(store: Store, pack: PackHeader, note = 'Khởi tạo từ bộ quy tắc đi kèm'): Promise<boolean> {
  if (await current(store, pack.id)) return false;
  try {
    await publish(store, { pack, mode: 'enforce', note, by: 'system', ifMatch: null, action: 'seed' });
    return true;
  } catch (e) {
    if (e instanceof PublishError) return false; // another instance seeded it first
    throw e;
  }
}
