// Inspection routes (inspector, admin): draw a sample, record verdicts, summarize.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Ctx } from '../context.ts';
import { ApiError, badRequest } from '../lib/errors.ts';
import { body, must, scopeFor } from '../lib/http.ts';
import { unitScope } from '../repo/access.ts';
import * as ins from '../repo/inspections.ts';

export const INSPECTORS = ['inspector', 'admin'] as const;

const Day = z.iso.date('ngày dạng YYYY-MM-DD');
export const CreateInspection = z
  .object({
    unit: z.string().min(1).max(64),
    from: Day,
    to: Day,
    size: z.number().int().min(1).max(500),
    seed: z.string().min(1).max(64).optional(),
    title: z.string().trim().min(1).max(200),
  })
  .strict();
const Check = z.object({ ok: z.boolean(), note: z.string().max(1000).optional() }).strict();
export const VerdictBody = z
  .object({ signingAuthority: Check, seal: Check, recipients: Check, content: Check, note: z.string().max(2000).optional() })
  .strict();

async function headInScope(c: Ctx, who: ReturnType<typeof must>) {
  const store = c.get('deps').store;
  const head = await ins.getHead(store, c.req.param('id') ?? '');
  if (!head || !(await unitScope(store, who.unit)).has(head.unit))
    throw new ApiError(404, 'inspection_not_found', 'Không có đợt kiểm tra này (hoặc nằm ngoài phạm vi của mã truy cập).');
  return head;
}

export const inspectionRoutes = new Hono<AppEnv>()
  .post('/inspections', async (c) => {
    const who = must(c, [...INSPECTORS]);
    const b = await body(c, CreateInspection);
    if (b.from > b.to) throw badRequest([{ path: 'from', code: 'invalid_range', message: 'Ngày bắt đầu phải trước ngày kết thúc.' }]);
    const units = await scopeFor(c, who, b.unit);
    const store = c.get('deps').store;
    const head = await ins.createInspection(store, { ...b, units, by: who.label || who.tokenId });
    return c.json({ inspection: head, items: await ins.items(store, head.id) }, 201);
  })
  .get('/inspections', async (c) => {
    const who = must(c, [...INSPECTORS]);
    return c.json({ inspections: await ins.listInspections(c.get('deps').store, await unitScope(c.get('deps').store, who.unit)) });
  })
  .get('/inspections/:id', async (c) => {
    const who = must(c, [...INSPECTORS]);
    const head = await headInScope(c, who);
    return c.json({ inspection: head, items: await ins.items(c.get('deps').store, head.id) });
  })
  .put('/inspections/:id/items/:pos', async (c) => {
    const who = must(c, [...INSPECTORS]);
    const head = await headInScope(c, who);
    const v = await body(c, VerdictBody);
    const pos = Number(c.req.param('pos'));
    if (!Number.isInteger(pos) || !(await ins.recordVerdict(c.get('deps').store, head.id, pos, v, who.label || who.tokenId)))
      throw new ApiError(404, 'item_not_found', `Đợt kiểm tra không có văn bản số ${c.req.param('pos')}.`);
    return c.json({ ok: true });
  })
  .get('/inspections/:id/summary', async (c) => {
    const who = must(c, [...INSPECTORS]);
    const head = await headInScope(c, who);
    return c.json(ins.summarize(head, await ins.items(c.get('deps').store, head.id)));
  });
