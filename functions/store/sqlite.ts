// Node adapter: better-sqlite3 (synchronous) behind the async Store. WAL + synchronous=NORMAL:
// a committed transaction survives a process crash (SIGKILL), which the durability test checks.
import Database from 'better-sqlite3';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startCheckpointer } from './checkpointer.ts';
import { ConflictError, isConstraintError, type Param, type Stmt, type Store } from './types.ts';

type Db = InstanceType<typeof Database>;
// Params are bound as one array (anonymous `?` placeholders).
type Prepared = Database.Statement<[Param[]]>;

export interface SqliteStore extends Store {
  readonly db: Db;
  close(): void;
}

/** `backgroundCheckpoint`: checkpoint the WAL from a worker thread instead of inside commits. */
export function sqliteStore(file: string, opts: { backgroundCheckpoint?: boolean } = {}): SqliteStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Statistics tables reach millions of rows: keep hot index pages in memory, read the rest via mmap.
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
  db.pragma('temp_store = MEMORY');
  let stopCheckpointer: (() => Promise<void>) | undefined;
  if (opts.backgroundCheckpoint) {
    // The automatic one stays as a backstop (at ~256 MB of WAL) in case the worker falls behind.
    db.pragma('wal_autocheckpoint = 65536');
    stopCheckpointer = startCheckpointer(file);
  }
  const cache = new Map<string, Prepared>();
  const prep = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare<[Param[]]>(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const exec = (sql: string, params: Param[] = []) => {
    const s = prep(sql);
    if (s.reader) return s.all(params) as Record<string, unknown>[];
    s.run(params);
    return [];
  };
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (isConstraintError(e)) throw new ConflictError((e as Error).message);
      throw e;
    }
  };
  const tx = db.transaction((stmts: Stmt[]) => stmts.map((s) => exec(s.sql, s.params)));
  return {
    kind: 'sqlite',
    db,
    async all<T>(sql: string, params: Param[] = []) {
      return wrap(() => prep(sql).all(params) as T[]);
    },
    async first<T>(sql: string, params: Param[] = []) {
      return wrap(() => (prep(sql).get(params) as T | undefined) ?? null);
    },
    async run(sql: string, params: Param[] = []) {
      return wrap(() => ({ changes: prep(sql).run(params).changes }));
    },
    async batch(stmts: Stmt[]) {
      return wrap(() => tx(stmts));
    },
    close() {
      void stopCheckpointer?.();
      db.close();
    },
  };
}

/** Apply functions/migrations/*.sql not yet applied; same bookkeeping table as wrangler's D1 migrations. */
export function applyMigrations(db: Db, dir: string): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS d1_migrations(
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)`);
  const done = new Set((db.prepare('SELECT name FROM d1_migrations').all() as { name: string }[]).map((r) => r.name));
  const applied: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
    if (done.has(name)) continue;
    const sql = readFileSync(join(dir, name), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO d1_migrations(name) VALUES (?)').run(name);
    })();
    applied.push(name);
  }
  return applied;
}
