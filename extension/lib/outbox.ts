// The statistics queue: every check's summary (counts only, no text) is written to IndexedDB
// first and deleted only after the server accepted it (2xx). The server ignores a clientId it
// already has, so a batch re-sent after a lost answer still counts once.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { IngestBatch, type CheckSummary } from '../../rules/stats.ts';

interface Item {
  clientId: string;
  summary: CheckSummary;
  createdAt: number;
  attempts: number;
  /** Not before this time (ms since epoch): backoff after a failure. */
  nextAt: number;
  lastError?: string;
}

interface Schema extends DBSchema {
  outbox: { key: string; value: Item; indexes: { nextAt: number } };
}

/** Settings' default unit before the user sets one (see settings.ts). */
export const UNSET_UNIT = 'chua-dat';

let dbp: Promise<IDBPDatabase<Schema>> | undefined;
function db() {
  dbp ??= openDB<Schema>('nd30-checker', 1, {
    upgrade(d) {
      d.createObjectStore('outbox', { keyPath: 'clientId' }).createIndex('nextAt', 'nextAt');
    },
  });
  return dbp;
}

export function newClientId(): string {
  return crypto.randomUUID();
}

export async function enqueue(summary: CheckSummary): Promise<void> {
  const d = await db();
  await d.put('outbox', { clientId: summary.clientId, summary, createdAt: Date.now(), attempts: 0, nextAt: 0 });
}

export async function pending(): Promise<{ count: number; lastError?: string; nextAt?: number }> {
  const all = await (await db()).getAll('outbox');
  const failed = all.filter((i) => i.lastError).sort((a, b) => b.nextAt - a.nextAt)[0];
  return { count: all.length, lastError: failed?.lastError, nextAt: failed?.nextAt };
}

/** 5 s, 10 s, 20 s … capped at 30 min. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 30 * 60_000);
}

export interface FlushOptions {
  server: string;
  token?: string;
  enabled: boolean;
  /** Ignore backoff (the user pressed "send now", or the network just came back). */
  force?: boolean;
  /** The unit configured now: replaces the "not set yet" placeholder in summaries queued before. */
  unit?: string;
  batchSize?: number;
  fetch?: typeof fetch;
}

export interface FlushResult {
  sent: number;
  left: number;
  error?: string;
}

async function flushOnce(o: FlushOptions): Promise<FlushResult> {
  const d = await db();
  const now = Date.now();
  const ready = (await d.getAll('outbox')).filter((i) => o.force || i.nextAt <= now).sort((a, b) => a.createdAt - b.createdAt);
  let sent = 0;
  let error: string | undefined;
  for (let i = 0; i < ready.length; i += o.batchSize ?? 200) {
    const items = ready.slice(i, i + (o.batchSize ?? 200));
    const body: IngestBatch = {
      summaries: items.map((x) => (o.unit && x.summary.unit === UNSET_UNIT ? { ...x.summary, unit: o.unit } : x.summary)),
    };
    try {
      const res = await (o.fetch ?? fetch)(`${o.server}/v1/checks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(o.token ? { authorization: `Bearer ${o.token}` } : {}) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      if (!res.ok) {
        const retryAfter = Number(res.headers.get('retry-after'));
        throw Object.assign(new Error(`HTTP ${res.status} ${(await res.text().catch(() => '')).slice(0, 300)}`), {
          waitMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
        });
      }
      const tx = d.transaction('outbox', 'readwrite');
      await Promise.all([...items.map((x) => tx.store.delete(x.clientId)), tx.done]);
      sent += items.length;
    } catch (e) {
      error = String((e as Error).message ?? e);
      const waitMs = (e as { waitMs?: number }).waitMs;
      const tx = d.transaction('outbox', 'readwrite');
      await Promise.all([
        ...ready.slice(i).map((x) => tx.store.put({ ...x, attempts: x.attempts + 1, nextAt: Date.now() + Math.max(waitMs ?? 0, backoffMs(x.attempts + 1)), lastError: error })),
        tx.done,
      ]);
      break; // the server is down or refusing: keep the rest for the next round
    }
  }
  return { sent, left: await d.count('outbox'), error };
}

/** Send what is due. One sender at a time across the panel, batch page and service worker. */
export async function flush(o: FlushOptions): Promise<FlushResult> {
  if (!o.enabled || !o.server) return { sent: 0, left: (await pending()).count };
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return flushOnce(o);
  return locks.request('nd30-outbox', () => flushOnce(o));
}
