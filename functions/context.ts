// What every route handler gets: the store, the configuration, and who is calling.
import type { Context } from 'hono';
import type { Principal, Role } from './repo/access.ts';
import type { Store } from './store/types.ts';
import type { RateLimiter } from './lib/ratelimit.ts';

export interface Config {
  /** Groups with fewer documents than this come back suppressed (no numbers). */
  minCell: number;
  /** Ingest requests allowed per token per window. */
  ingestLimit: number;
  ingestWindowMs: number;
  /** Extra CORS origins besides chrome-extension:// and moz-extension://. */
  corsOrigins: string[];
}

export const defaultConfig: Config = { minCell: 3, ingestLimit: 120, ingestWindowMs: 60_000, corsOrigins: [] };

export interface Deps {
  store: Store;
  config: Config;
  limiter: RateLimiter;
}

export type AppEnv = { Variables: { deps: Deps; principal: Principal | null } };
export type Ctx = Context<AppEnv>;
export type Access = 'public' | 'any' | Role[];
