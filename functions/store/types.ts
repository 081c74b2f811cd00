// The one storage seam: plain SQL over an async interface so D1 (Workers) and better-sqlite3 (Node)
// fit the same shape. Domain code (functions/repo/*) writes SQL once against this.
export type Param = string | number | null;
export interface Stmt {
  sql: string;
  params?: Param[];
}

export interface Store {
  all<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>;
  first<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T | null>;
  run(sql: string, params?: Param[]): Promise<{ changes: number }>;
  /** Runs all statements in one transaction (all or nothing); returns the rows of each. */
  batch(stmts: Stmt[]): Promise<Record<string, unknown>[][]>;
  /** Which runtime answers (for logs and /v1/health). */
  readonly kind: 'd1' | 'sqlite';
}

/** A unique/primary-key clash: the caller turns it into 409/412. */
export class ConflictError extends Error {}

export function isConstraintError(e: unknown): boolean {
  const msg = e instanceof Error ? `${(e as { code?: string }).code ?? ''} ${e.message} ${String((e as { cause?: unknown }).cause ?? '')}` : String(e);
  return /SQLITE_CONSTRAINT|UNIQUE constraint failed|PRIMARY KEY constraint/i.test(msg);
}
