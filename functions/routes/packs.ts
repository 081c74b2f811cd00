// Rule-set registry routes: read (public, cacheable) and publish/rollback (legal-editor, admin).
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Ctx } from '../context.ts';
import { ApiError, badRequest, problemsOf } from '../lib/errors.ts';
import { allow, body, must, query } from '../lib/http.ts';
import { packKinds, packSchema, type PackHeader } from '../kinds.ts';
import * as packs from '../repo/packs.ts';

export const EDITORS = ['legal-editor', 'admin'] as const;
export const AUDITORS = ['legal-editor', 'inspector', 'admin'] as const;

export const PublishBody = z
  .object({
    pack: z.unknown(),
    note: z.string().trim().min(1, 'Cần ghi chú lý do ban hành.').max(2000),
    mode: z.enum(['observe', 'enforce']).default('enforce'),
  })
  .strict();
export const RollbackBody = z
  .object({
    to: z.string().regex(/^\d+\.\d+\.\d+$/, 'phiên bản dạng 2026.1.0'),
    note: z.string().trim().min(1, 'Cần ghi chú lý do quay lại.').max(2000),
    mode: z.enum(['observe', 'enforce']).optional(),
  })
  .strict();
const AtQuery = z.object({ at: z.iso.date('ngày dạng YYYY-MM-DD').optional() }).strict();
const PackId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

const view = (p: packs.Publication & { content: unknown }) => ({
  id: p.packId,
  version: p.version,
  rev: p.rev,
  kind: p.kind,
  title: p.title,
  effectiveFrom: p.effectiveFrom,
  mode: p.mode,
  publishedAt: p.publishedAt,
  etag: p.etag,
  pack: p.content,
});

function packId(c: Ctx): string {
  const id = c.req.param('id') ?? '';
  if (!PackId.safeParse(id).success) throw new ApiError(404, 'pack_not_found', `Không có bộ quy tắc "${id}".`);
  return id;
}

function sendPack(c: Ctx, p: packs.Publication & { content: unknown }, cache: string) {
  c.header('ETag', p.etag);
  c.header('Cache-Control', cache);
  c.header('X-Pack-Mode', p.mode);
  const inm = c.req.header('If-None-Match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === p.etag || t.trim() === '*')) return c.body(null, 304);
  return c.json(view(p));
}

function validatePack(id: string, raw: unknown): PackHeader {
  const kind = raw && typeof raw === 'object' ? (raw as { kind?: unknown }).kind : undefined;
  const schema = typeof kind === 'string' ? packSchema(kind) : undefined;
  if (!schema)
    throw badRequest([{ path: 'pack.kind', code: 'invalid_value', message: `Loại bộ quy tắc phải là một trong: ${packKinds().join(', ')}.` }]);
  const r = schema.safeParse(raw);
  if (!r.success) throw badRequest(problemsOf(r.error, ['pack']), 'Bộ quy tắc không hợp lệ.');
  if (r.data.id !== id) throw badRequest([{ path: 'pack.id', code: 'id_mismatch', message: `Mã bộ quy tắc "${r.data.id}" khác địa chỉ "${id}".` }]);
  return r.data;
}

function publishError(e: unknown): never {
  if (e instanceof packs.PublishError) {
    const status = e.code === 'precondition_failed' ? 412 : e.code === 'precondition_required' ? 428 : e.code === 'version_not_found' ? 404 : 409;
    throw new ApiError(status, e.code, e.message);
  }
  throw e;
}

export const packRoutes = new Hono<AppEnv>()
  .get('/packs', async (c) => {
    allow(c, 'public');
    const list = await packs.listCurrent(c.get('deps').store);
    return c.json({
      packs: list.map((p) => ({ id: p.packId, kind: p.kind, title: p.title, version: p.version, rev: p.rev, mode: p.mode, effectiveFrom: p.effectiveFrom, publishedAt: p.publishedAt, etag: p.etag })),
    });
  })
  .get('/packs/:id', async (c) => {
    allow(c, 'public');
    const id = packId(c);
    const { at } = query(c, AtQuery);
    const store = c.get('deps').store;
    if (at) {
      const p = await packs.inForceAt(store, id, at);
      if (!p) throw new ApiError(404, 'no_version_in_force', `Bộ quy tắc "${id}" không có phiên bản nào có hiệu lực vào ngày ${at}.`);
      return sendPack(c, p, 'public, max-age=60');
    }
    const p = await packs.current(store, id);
    if (!p) throw new ApiError(404, 'pack_not_found', `Không có bộ quy tắc "${id}".`);
    // Short freshness, then revalidate with If-None-Match (a 304 costs one indexed read).
    return sendPack(c, p, 'public, max-age=60, must-revalidate');
  })
  .get('/packs/:id/versions', async (c) => {
    allow(c, 'public');
    const id = packId(c);
    const list = await packs.history(c.get('deps').store, id);
    if (!list.length) throw new ApiError(404, 'pack_not_found', `Không có bộ quy tắc "${id}".`);
    return c.json({
      versions: list.map((p) => ({ version: p.version, rev: p.rev, mode: p.mode, effectiveFrom: p.effectiveFrom, action: p.action, publishedAt: p.publishedAt, etag: p.etag })),
    });
  })
  .get('/packs/:id/versions/:version', async (c) => {
    allow(c, 'public');
    const id = packId(c);
    const p = await packs.byVersion(c.get('deps').store, id, c.req.param('version'));
    if (!p) throw new ApiError(404, 'version_not_found', `Bộ quy tắc "${id}" không có phiên bản ${c.req.param('version')}.`);
    // A version's content never changes.
    return sendPack(c, p, 'public, max-age=31536000, immutable');
  })
  .post('/packs/:id/versions', async (c) => {
    const who = must(c, [...EDITORS]);
    const id = packId(c);
    const b = await body(c, PublishBody);
    const pack = validatePack(id, b.pack);
    try {
      const p = await packs.publish(c.get('deps').store, {
        pack,
        mode: b.mode,
        note: b.note,
        by: who.label || who.tokenId,
        ifMatch: c.req.header('If-Match') ?? null,
        action: 'publish',
      });
      c.header('ETag', p.etag);
      return c.json({ published: auditView(p) }, 201);
    } catch (e) {
      publishError(e);
    }
  })
  .post('/packs/:id/rollback', async (c) => {
    const who = must(c, [...EDITORS]);
    const id = packId(c);
    const b = await body(c, RollbackBody);
    const store = c.get('deps').store;
    const old = await packs.byVersion(store, id, b.to);
    if (!old) throw new ApiError(404, 'version_not_found', `Bộ quy tắc "${id}" không có phiên bản ${b.to} để quay lại.`);
    try {
      const p = await packs.publish(store, {
        pack: old.content as PackHeader,
        mode: b.mode ?? old.mode,
        note: b.note,
        by: who.label || who.tokenId,
        ifMatch: c.req.header('If-Match') ?? null,
        action: 'rollback',
        rollbackTo: old.rev,
      });
      c.header('ETag', p.etag);
      return c.json({ published: auditView(p) }, 201);
    } catch (e) {
      publishError(e);
    }
  })
  .get('/packs/:id/audit', async (c) => {
    must(c, [...AUDITORS]);
    const id = packId(c);
    const list = await packs.history(c.get('deps').store, id);
    if (!list.length) throw new ApiError(404, 'pack_not_found', `Không có bộ quy tắc "${id}".`);
    return c.json({ audit: list.map(auditView) });
  });

function auditView(p: packs.Publication) {
  return {
    packId: p.packId,
    rev: p.rev,
    version: p.version,
    action: p.action,
    rollbackTo: p.rollbackTo,
    mode: p.mode,
    by: p.publishedBy,
    at: p.publishedAt,
    note: p.note,
    changed: p.changed,
    etag: p.etag,
  };
}
