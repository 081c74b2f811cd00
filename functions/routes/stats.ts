// Statistics routes: ingest (clerk, admin) and queries (inspector, legal-editor, admin).
import { Hono } from 'hono';
import Papa from 'papaparse';
import { z } from 'zod';
import { IngestBatch } from '../../rules/stats.ts';
import type { AppEnv, Ctx } from '../context.ts';
import { ApiError, badRequest, problemsOf } from '../lib/errors.ts';
import { must, query, scopeFor } from '../lib/http.ts';
import { unitScope } from '../repo/access.ts';
import { DIMS, ingest, queryDashboard, queryStats, type Dim, type StatsRow } from '../repo/stats.ts';

export const INGESTERS = ['clerk', 'admin'] as const;
export const READERS = ['inspector', 'legal-editor', 'admin'] as const;

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'tháng dạng YYYY-MM');
export const StatsQuery = z
  .object({
    groupBy: z
      .string()
      .optional()
      .transform((s, ctx) => {
        const parts = (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
        for (const p of parts)
          if (!(DIMS as readonly string[]).includes(p)) ctx.addIssue({ code: 'custom', message: `Không nhóm theo "${p}" được (chỉ: ${DIMS.join(', ')}).` });
        return [...new Set(parts)] as Dim[];
      }),
    unit: z.string().max(64).optional(),
    from: Month.optional(),
    to: Month.optional(),
    docType: z.string().max(40).optional(),
    rule: z.string().max(120).optional(),
    subject: z.enum(['document', 'dossier', 'register']).optional(),
    mode: z.enum(['enforce', 'observe']).optional(),
    pack: z.string().max(64).optional(),
    packVersion: z.string().max(64).optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict();
const TrendQuery = StatsQuery.omit({ groupBy: true });
const DashboardQuery = StatsQuery.omit({ groupBy: true, format: true });
const DashboardOnly = DashboardQuery.extend({ top: z.coerce.number().int().min(1).max(100).optional() });

export const statsRoutes = new Hono<AppEnv>()
  .post('/checks', async (c) => {
    const who = must(c, [...INGESTERS]);
    const { store, limiter } = c.get('deps');
    const wait = limiter.take(who.tokenId);
    if (wait !== null)
      throw new ApiError(429, 'rate_limited', `Gửi quá nhiều lần; thử lại sau ${wait} giây.`, undefined, { 'Retry-After': String(wait) });
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new ApiError(400, 'invalid_json', 'Nội dung gửi lên không phải JSON hợp lệ.');
    }
    const r = IngestBatch.safeParse(raw);
    if (!r.success) throw badRequest(problemsOf(r.error), 'Bản tóm tắt kết quả kiểm tra không hợp lệ (chỉ gửi số đếm, không gửi nội dung hay tên tệp).');
    const scope = await unitScope(store, who.unit);
    const outside = r.data.summaries.flatMap((s, i) =>
      scope.has(s.unit) ? [] : [{ path: `summaries.${i}.unit`, code: 'out_of_scope', message: `Đơn vị "${s.unit}" nằm ngoài phạm vi của mã truy cập (${who.unit}).` }],
    );
    if (outside.length) throw new ApiError(403, 'out_of_scope', 'Có bản tóm tắt của đơn vị ngoài phạm vi.', outside);
    const res = await ingest(store, r.data.summaries, who.tokenId);
    return c.json({ accepted: res.accepted.length, duplicates: res.duplicates.length, duplicateIds: res.duplicates }, 200);
  })
  .get('/stats', async (c) => {
    const who = must(c, [...READERS]);
    const q = query(c, StatsQuery);
    return answer(c, q.groupBy, await run(c, who, q, q.groupBy), q.format);
  })
  .get('/stats/trend', async (c) => {
    const who = must(c, [...READERS]);
    const q = query(c, TrendQuery);
    return answer(c, ['month'], await run(c, who, q, ['month']), q.format);
  })
  // Every figure of the inspector dashboard in one answer (one round trip, one scope look-up):
  // each part is exactly what GET /stats with that groupBy returns for the same filters.
  .get('/stats/dashboard', async (c) => {
    const who = must(c, [...READERS]);
    const q = query(c, DashboardOnly);
    const { store, config } = c.get('deps');
    const parts = await queryDashboard(store, await filterOf(c, who, q), config.minCell, q.top);
    return c.json({ minCell: config.minCell, ...parts });
  });

async function filterOf(c: Ctx, who: ReturnType<typeof must>, q: z.infer<typeof DashboardQuery>) {
  if (q.from && q.to && q.from > q.to) throw badRequest([{ path: 'from', code: 'invalid_range', message: 'Tháng bắt đầu phải trước tháng kết thúc.' }]);
  const units = await scopeFor(c, who, q.unit);
  return { units, from: q.from, to: q.to, docType: q.docType, rule: q.rule, subject: q.subject, mode: q.mode, pack: q.pack, packVersion: q.packVersion };
}

async function run(c: Ctx, who: ReturnType<typeof must>, q: z.infer<typeof TrendQuery>, groupBy: Dim[]) {
  const { store, config } = c.get('deps');
  return queryStats(store, { ...(await filterOf(c, who, q)), groupBy }, config.minCell);
}

function answer(c: Ctx, groupBy: Dim[], rows: StatsRow[], format: 'json' | 'csv') {
  const minCell = c.get('deps').config.minCell;
  if (format === 'json') return c.json({ groupBy, minCell, rows });
  const metrics = ['documents', 'documentsWithError', 'errorShare', 'fail', 'needsReview'];
  const columns = [...DIMS.filter((d) => groupBy.includes(d)), ...metrics, 'suppressed'];
  const csv = Papa.unparse(
    rows.map((r) => Object.fromEntries(columns.map((k) => [k, (r as Record<string, unknown>)[k] ?? '']))),
    { columns },
  );
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', 'attachment; filename="thong-ke.csv"');
  return c.body('\ufeff' + csv); // BOM: Excel opens Vietnamese text correctly
}

