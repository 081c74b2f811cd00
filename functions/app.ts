// The one Hono app, over a Store. node.ts and worker.ts only choose the store and the config.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { defaultConfig, type AppEnv, type Config } from './context.ts';
import { ApiError } from './lib/errors.ts';
import { RateLimiter } from './lib/ratelimit.ts';
import { openApiDocument } from './openapi.ts';
import { principalFor } from './repo/access.ts';
import { adminRoutes } from './routes/admin.ts';
import { inspectionRoutes } from './routes/inspections.ts';
import { packRoutes } from './routes/packs.ts';
import { statsRoutes } from './routes/stats.ts';
import type { Store } from './store/types.ts';

export function createApp(store: Store, config: Partial<Config> = {}) {
  const cfg: Config = { ...defaultConfig, ...config };
  const deps = { store, config: cfg, limiter: new RateLimiter(cfg.ingestLimit, cfg.ingestWindowMs) };
  const app = new Hono<AppEnv>();

  app.use(
    '/v1/*',
    cors({
      origin: (origin) => (/^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i.test(origin) || cfg.corsOrigins.includes(origin) ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['ETag', 'Retry-After', 'X-Pack-Mode'],
      maxAge: 600,
    }),
  );
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: 2 * 1024 * 1024,
      onError: () => {
        throw new ApiError(413, 'too_large', 'Nội dung gửi lên quá lớn (tối đa 2 MB).');
      },
    }),
  );
  // Who is calling: a bad token is refused even on public routes, so a client notices at once.
  app.use('/v1/*', async (c, next) => {
    c.set('deps', deps);
    const h = c.req.header('Authorization');
    if (!h) {
      c.set('principal', null);
      return next();
    }
    const m = /^Bearer\s+(\S+)$/i.exec(h);
    const p = m ? await principalFor(store, m[1]!) : null;
    if (!p) throw new ApiError(401, 'invalid_token', 'Mã truy cập không đúng hoặc đã bị thu hồi.', undefined, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    c.set('principal', p);
    return next();
  });

  app.get('/v1/health', (c) => c.json({ ok: true, store: store.kind }));
  app.get('/v1/openapi.json', (c) => c.json(openApiDocument() as object));
  app.route('/v1', packRoutes);
  app.route('/v1', statsRoutes);
  app.route('/v1', inspectionRoutes);
  app.route('/v1', adminRoutes);

  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'Không có địa chỉ này.' } }, 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) {
      for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
      return c.json({ error: { code: err.code, message: err.message, ...(err.problems ? { problems: err.problems } : {}) } }, err.status);
    }
    console.error(err);
    return c.json({ error: { code: 'internal', message: 'Lỗi máy chủ; vui lòng thử lại sau.' } }, 500);
  });
  return app;
}
