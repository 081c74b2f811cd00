// Workers adapter: Cloudflare D1. db.batch() is a single transaction, which gives the same
// all-or-nothing semantics as the SQLite adapter's db.transaction().
import { ConflictError, isConstraintError, type Param, type Stmt, type Store } from './types.ts';

// Minimal structural types so this file needs no @cloudflare/workers-types.
interface D1Result<T> {
  results: T[];
  meta: { changes?: number };
}
interface D1Prepared {
  bind(...values: unknown[]): D1Prepared;
  all<T>(): Promise<D1Result<T>>;
  first<T>(): Promise<T | null>;
  run(): Promise<D1Result<unknown>>;
}
export interface D1Like {
  prepare(sql: string): D1Prepared;
  batch<T>(stmts: D1Prepared[]): Promise<D1Result<T>[]>;
}

export function d1Store(db: D1Like): Store {
  const prep = (sql: string, params: Param[] = []) => db.prepare(sql).bind(...params);
  const wrap = async <T>(f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (e) {
      if (isConstraintError(e)) throw new ConflictError((e as Error).message);
      throw e;
    }
  };
  return {
    kind: 'd1',
    all: <T>(sql: string, params?: Param[]) => wrap(async () => (await prep(sql, params).all<T>()).results),
    first: <T>(sql: string, params?: Param[]) => wrap(() => prep(sql, params).first<T>()),
    run: (sql: string, params?: Param[]) => wrap(async () => ({ changes: (await prep(sql, params).run()).meta.changes ?? 0 })),
    batch: (stmts: Stmt[]) =>
      wrap(async () => {
        if (stmts.length === 0) return [];
        const res = await db.batch<Record<string, unknown>>(stmts.map((s) => prep(s.sql, s.params)));
        return res.map((r) => r.results ?? []);
      }),
  };
}
