// Small helpers shared by the route files: auth checks, body/query parsing with zod.
import type { z } from 'zod';
import type { Access, Ctx } from '../context.ts';
import type { Principal } from '../repo/access.ts';
import { unitScope } from '../repo/access.ts';
import { ApiError, badRequest, problemsOf } from './errors.ts';

/** Throws 401/403 unless the caller may use the route; returns the caller (null on public routes). */
export function allow(c: Ctx, access: Access): Principal | null {
  const p = c.get('principal');
  if (access === 'public') return p;
  if (!p) throw new ApiError(401, 'unauthorized', 'Cần đăng nhập: gửi mã truy cập trong tiêu đề Authorization: Bearer …', undefined, { 'WWW-Authenticate': 'Bearer' });
  if (access !== 'any' && !access.includes(p.role))
    throw new ApiError(403, 'forbidden', `Vai trò "${p.role}" không được dùng chức năng này (cần: ${access.join(', ')}).`);
  return p;
}

export const must = (c: Ctx, access: Access): Principal => allow(c, access)!;

export async function body<S extends z.ZodType>(c: Ctx, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'Nội dung gửi lên không phải JSON hợp lệ.');
  }
  const r = schema.safeParse(raw);
  if (!r.success) throw badRequest(problemsOf(r.error));
  return r.data;
}

export function query<S extends z.ZodType>(c: Ctx, schema: S): z.infer<S> {
  const r = schema.safeParse(c.req.query());
  if (!r.success) throw badRequest(problemsOf(r.error), 'Tham số truy vấn không hợp lệ.');
  return r.data;
}

/** The caller's unit subtree; `unit` (if given) must lie inside it, and narrows the scope to its subtree. */
export async function scopeFor(c: Ctx, p: Principal, unit?: string): Promise<Set<string>> {
  const store = c.get('deps').store;
  const mine = await unitScope(store, p.unit);
  if (unit === undefined) return mine;
  if (!mine.has(unit)) throw new ApiError(403, 'out_of_scope', `Đơn vị "${unit}" nằm ngoài phạm vi của mã truy cập (${p.unit}).`);
  return unitScope(store, unit);
}
