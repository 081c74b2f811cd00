// Who am I, units (tree) and tokens. Admins manage only inside their own unit subtree.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../lib/errors.ts';
import { body, must, scopeFor } from '../lib/http.ts';
import * as access from '../repo/access.ts';

const UnitId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'mã đơn vị: chữ, số, . _ -');
export const PutUnit = z.object({ parent: UnitId.nullable(), name: z.string().trim().max(200).default('') }).strict();
export const CreateToken = z.object({ role: z.enum(access.ROLES), unit: UnitId, label: z.string().trim().max(100).optional() }).strict();

export const adminRoutes = new Hono<AppEnv>()
  .get('/me', async (c) => {
    const who = must(c, 'any');
    return c.json({ tokenId: who.tokenId, role: who.role, unit: who.unit, label: who.label, units: [...(await scopeFor(c, who))].sort() });
  })
  .get('/units', async (c) => {
    const who = must(c, 'any');
    const store = c.get('deps').store;
    const scope = await scopeFor(c, who);
    return c.json({ units: (await access.listUnits(store)).filter((u) => scope.has(u.id)) });
  })
  .put('/units/:id', async (c) => {
    const who = must(c, ['admin']);
    const id = c.req.param('id');
    if (!UnitId.safeParse(id).success) throw new ApiError(400, 'invalid_input', 'Mã đơn vị không hợp lệ.', [{ path: 'id', code: 'invalid_format', message: 'mã đơn vị: chữ, số, . _ -' }]);
    const b = await body(c, PutUnit);
    const store = c.get('deps').store;
    const scope = await scopeFor(c, who);
    const existing = await access.getUnit(store, id);
    // A new unit hangs under a unit in scope; an existing one must already be in scope (and not the admin's own root, which would escape).
    if (existing ? !scope.has(id) || id === who.unit : b.parent === null || !scope.has(b.parent))
      throw new ApiError(403, 'out_of_scope', `Không được tạo/sửa đơn vị "${id}" ngoài phạm vi ${who.unit}.`);
    if (b.parent !== null && !scope.has(b.parent)) throw new ApiError(403, 'out_of_scope', `Đơn vị cấp trên "${b.parent}" nằm ngoài phạm vi.`);
    try {
      const r = await access.putUnit(store, { id, parent: b.parent, name: b.name });
      return c.json({ unit: { id, parent: b.parent, name: b.name } }, r === 'created' ? 201 : 200);
    } catch (e) {
      if (e instanceof access.UnitError) throw new ApiError(400, e.code, e.message, [{ path: 'parent', code: e.code, message: e.message }]);
      throw e;
    }
  })
  .get('/tokens', async (c) => {
    const who = must(c, ['admin']);
    return c.json({ tokens: await access.listTokens(c.get('deps').store, await scopeFor(c, who)) });
  })
  .post('/tokens', async (c) => {
    const who = must(c, ['admin']);
    const b = await body(c, CreateToken);
    await scopeFor(c, who, b.unit);
    const t = await access.createToken(c.get('deps').store, b);
    return c.json({ ...t, notice: 'Mã truy cập chỉ hiện một lần; hãy lưu lại ngay.' }, 201);
  })
  .delete('/tokens/:id', async (c) => {
    const who = must(c, ['admin']);
    const ok = await access.revokeToken(c.get('deps').store, c.req.param('id'), await scopeFor(c, who));
    if (!ok) throw new ApiError(404, 'token_not_found', 'Không có mã truy cập này trong phạm vi của bạn.');
    return c.json({ revoked: c.req.param('id') });
  });
