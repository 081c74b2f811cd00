// Node entry (`npm run serve`): Hono on @hono/node-server over a SQLite file in DATA_DIR.
// Listens on 127.0.0.1 only; PORT (default 8787), DATA_DIR (default ./.data).
import { serve } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nd30Pack } from '../rules/packs/index.ts';
import { createApp } from './app.ts';
import { defaultConfig, type Config } from './context.ts';
import { seedIfAbsent } from './repo/packs.ts';
import { applyMigrations, sqliteStore } from './store/sqlite.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/** Open (creating if needed) the database under dataDir, migrate it, seed the ND30 pack when empty. */
export async function openStore(dataDir: string, opts: { backgroundCheckpoint?: boolean } = {}) {
  mkdirSync(dataDir, { recursive: true });
  const file = resolve(dataDir, 'functions.sqlite');
  const store = sqliteStore(file, opts);
  const applied = applyMigrations(store.db, MIGRATIONS_DIR);
  const seeded = await seedIfAbsent(store, nd30Pack);
  return { store, file, applied, seeded };
}

export function configFromEnv(env: NodeJS.ProcessEnv): Partial<Config> {
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) ? Number(v) : d);
  return {
    minCell: num(env.STATS_MIN_CELL, defaultConfig.minCell),
    ingestLimit: num(env.INGEST_LIMIT_PER_MIN, defaultConfig.ingestLimit),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  };
}

/**
 * Start the service (what `npm run serve` does; cli/start.ts can call it too). Resolves once listening.
 * `log` receives the two lines saying which database was opened and where it listens.
 */
export async function startServer(opts: { port?: number; dataDir?: string; env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {}) {
  const env = opts.env ?? process.env;
  const port = opts.port ?? Number(env.PORT || 8787);
  const dataDir = resolve(opts.dataDir ?? (env.DATA_DIR || './.data'));
  const log = opts.log ?? ((l: string) => console.log(l));
  const { store, file, applied, seeded } = await openStore(dataDir, { backgroundCheckpoint: true });
  log(`Cơ sở dữ liệu: ${file}${applied.length ? ` (đã áp dụng ${applied.join(', ')})` : ''}${seeded ? `; đã nạp bộ quy tắc ${nd30Pack.id} ${nd30Pack.version}` : ''}`);
  const app = createApp(store, configFromEnv(env));
  const { server, actualPort } = await new Promise<{ server: ReturnType<typeof serve>; actualPort: number }>((res, rej) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => res({ server, actualPort: info.port }));
    server.once('error', rej);
  });
  const url = `http://127.0.0.1:${actualPort}/v1`;
  log(`Dịch vụ đang chạy tại ${url} (database: ${file})`);
  return {
    url,
    file,
    close: () =>
      new Promise<void>((res) => {
        server.close(() => {
          store.close();
          res();
        });
      }),
  };
}

async function main() {
  const running = await startServer();
  const stop = () => {
    void running.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref(); // keep-alive sockets must not hold shutdown
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    if ((e as { code?: string }).code === 'EADDRINUSE') console.error(`Cổng ${process.env.PORT || 8787} đang được dùng; đặt PORT=<cổng khác> rồi chạy lại.`);
    console.error('Không khởi động được dịch vụ:', e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
