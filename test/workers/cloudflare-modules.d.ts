// Just the parts of workerd's virtual modules these tests use (no @cloudflare/workers-types here).
declare module 'cloudflare:workers' {
  export const env: Record<string, unknown>;
  export const exports: Record<string, unknown>;
}
declare module 'cloudflare:test' {
  export interface D1Migration {
    name: string;
    queries: string[];
  }
  export function applyD1Migrations(db: unknown, migrations: D1Migration[], migrationsTableName?: string): Promise<void>;
}
