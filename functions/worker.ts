// Workers entry: the same app over D1. The ND30 pack is seeded on the first request of an isolate
// when the registry is empty (migrations are applied by `wrangler d1 migrations apply`).
import { nd30Pack } from '../rules/packs/index.ts';
import { createApp } from './app.ts';
import { defaultConfig } from './context.ts';
import { seedIfAbsent } from './repo/packs.ts';
import { d1Store, type D1Like } from './store/d1.ts';

export interface Env {
  DB: D1Like;
  STATS_MIN_CELL?: string;
  INGEST_LIMIT_PER_MIN?: string;
  CORS_ORIGINS?: string;
}

let app: ReturnType<typeof createApp> | undefined;
let seeded: Promise<unknown> | undefined;

export default {
  async fetch(req: Request, env: Env, ctx: unknown): Promise<Response> {
    const store = d1Store(env.DB);
    seeded ??= seedIfAbsent(store, nd30Pack).catch(() => (seeded = undefined));
    await seeded;
    app ??= createApp(store, {
      minCell: Number(env.STATS_MIN_CELL ?? defaultConfig.minCell),
      ingestLimit: Number(env.INGEST_LIMIT_PER_MIN ?? defaultConfig.ingestLimit),
      corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    });
    return app.fetch(req, env, ctx as never);
  },
};
