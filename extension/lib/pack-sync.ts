// Which rule pack is in force: the server's current pack (GET /v1/packs/nd30 with ETag, cached), else the cached copy,
// else the pack bundled in the build. A pack published as `observe` is evaluated and counted
// for statistics but never shown to clerks as errors: the clerk sees the last enforced pack.
import { Pack } from '../../rules/pack.ts';

export type PackSource = 'server' | 'cache' | 'bundled';
export type PackMode = 'enforce' | 'observe';

export interface PackEntry {
  pack: Pack;
  mode: PackMode;
  source: PackSource;
  etag?: string;
  fetchedAt?: string;
}

export interface PackState {
  /** Shown to the clerk. */
  enforce: PackEntry;
  /** Evaluated silently; its counts go to statistics with mode "observe". */
  observe?: PackEntry;
  /** Last sync attempt: ok, not modified, or the reason it failed (shown in options). */
  lastSync?: { at: string; result: 'updated' | 'not-modified' | 'offline' | 'no-server' | 'error'; detail?: string };
}

/** Storage seam: browser.storage.local in the extension. */
export interface Kv {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

const CACHE_KEY = 'packCache';
interface Cache {
  enforce?: Omit<PackEntry, 'source'>;
  observe?: Omit<PackEntry, 'source'>;
  etag?: string;
  lastSync?: PackState['lastSync'];
}

/** The server may answer with the pack itself or an envelope { pack | content, mode, … }. */
export function parsePackResponse(body: unknown, headerMode: string | null): { pack: Pack; mode: PackMode } {
  const o = (body ?? {}) as Record<string, unknown>;
  const raw = o.pack ?? o.content ?? o;
  const content = typeof raw === 'string' ? JSON.parse(raw) : raw;
  const pack = Pack.parse(content);
  const m = (typeof o.mode === 'string' ? o.mode : headerMode) ?? 'enforce';
  return { pack, mode: m === 'observe' ? 'observe' : 'enforce' };
}

export async function currentPacks(kv: Kv, bundled: Pack): Promise<PackState> {
  const c = ((await kv.get(CACHE_KEY)) as Cache | undefined) ?? {};
  const enforce: PackEntry = c.enforce ? { ...c.enforce, source: 'cache' } : { pack: bundled, mode: 'enforce', source: 'bundled' };
  const state: PackState = { enforce, lastSync: c.lastSync };
  // An observe pack only matters while it is newer than what is enforced.
  if (c.observe && c.observe.pack.version !== enforce.pack.version) state.observe = { ...c.observe, source: 'cache' };
  return state;
}

export interface SyncOptions {
  server: string;
  token?: string;
  packId?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** One sync round: GET current with If-None-Match; the cache is only replaced by a valid pack. */
export async function syncPacks(kv: Kv, bundled: Pack, o: SyncOptions): Promise<PackState> {
  const c = ((await kv.get(CACHE_KEY)) as Cache | undefined) ?? {};
  const at = new Date().toISOString();
  const save = async (next: Cache) => {
    await kv.set(CACHE_KEY, next);
    return currentPacks(kv, bundled);
  };
  if (!o.server) return save({ ...c, lastSync: { at, result: 'no-server' } });
  const f = o.fetch ?? fetch;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (c.etag) headers['if-none-match'] = c.etag;
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  let res: Response;
  try {
    res = await f(`${o.server}/v1/packs/${o.packId ?? 'nd30'}`, { headers, signal: AbortSignal.timeout(o.timeoutMs ?? 10_000) });
  } catch (e) {
    return save({ ...c, lastSync: { at, result: 'offline', detail: String((e as Error).message ?? e) } });
  }
  if (res.status === 304) {
    const state = await save({ ...c, lastSync: { at, result: 'not-modified' } });
    if (state.enforce.source === 'cache' && c.enforce?.etag === c.etag) state.enforce.source = 'server';
    return state;
  }
  if (!res.ok) return save({ ...c, lastSync: { at, result: 'error', detail: `HTTP ${res.status}` } });
  try {
    const { pack, mode } = parsePackResponse(await res.json(), res.headers.get('x-pack-mode'));
    const etag = res.headers.get('etag') ?? undefined;
    const entry = { pack, mode, etag, fetchedAt: at };
    const next: Cache = { ...c, etag, lastSync: { at, result: 'updated' } };
    if (mode === 'enforce') {
      next.enforce = entry;
      delete next.observe;
    } else next.observe = entry;
    const state = await save(next);
    (mode === 'enforce' ? state.enforce : state.observe ?? state.enforce).source = 'server';
    return state;
  } catch (e) {
    // A pack that does not validate never replaces a working one.
    return save({ ...c, lastSync: { at, result: 'error', detail: `Bộ quy tắc không hợp lệ: ${(e as Error).message.slice(0, 200)}` } });
  }
}
