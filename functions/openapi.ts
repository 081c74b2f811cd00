// The OpenAPI 3.1 document: request schemas come from the same zod schemas the routes validate with.
import { z } from 'zod';
import { OverlayPack, Pack } from '../rules/pack.ts';
import { IngestBatch } from '../rules/stats.ts';
import type { Access } from './context.ts';
import { CreateToken, PutUnit } from './routes/admin.ts';
import { CreateInspection, VerdictBody } from './routes/inspections.ts';
import { AUDITORS, EDITORS, PublishBody, RollbackBody } from './routes/packs.ts';
import { INGESTERS, READERS } from './routes/stats.ts';
import { INSPECTORS } from './routes/inspections.ts';

interface Op {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  access: Access;
  summary: string;
  body?: z.ZodType;
  query?: string[];
}

/** Every route of the API (also what the OpenAPI test compares against the mounted app). */
export const OPERATIONS: Op[] = [
  { method: 'get', path: '/v1/health', access: 'public', summary: 'Tình trạng dịch vụ' },
  { method: 'get', path: '/v1/openapi.json', access: 'public', summary: 'Tài liệu OpenAPI' },
  { method: 'get', path: '/v1/me', access: 'any', summary: 'Mã truy cập đang dùng: vai trò, đơn vị, phạm vi' },
  { method: 'get', path: '/v1/packs', access: 'public', summary: 'Danh sách bộ quy tắc (phiên bản hiện hành)' },
  { method: 'get', path: '/v1/packs/{id}', access: 'public', summary: 'Phiên bản hiện hành (ETag, If-None-Match → 304); ?at=YYYY-MM-DD: phiên bản có hiệu lực vào ngày đó', query: ['at'] },
  { method: 'get', path: '/v1/packs/{id}/versions', access: 'public', summary: 'Các lần ban hành' },
  { method: 'get', path: '/v1/packs/{id}/versions/{version}', access: 'public', summary: 'Một phiên bản (bất biến)' },
  { method: 'post', path: '/v1/packs/{id}/versions', access: [...EDITORS], summary: 'Ban hành phiên bản mới (If-Match: ETag hiện hành; 412 nếu có người ban hành trước)', body: PublishBody },
  { method: 'post', path: '/v1/packs/{id}/rollback', access: [...EDITORS], summary: 'Quay lại: ban hành lại nội dung một phiên bản cũ', body: RollbackBody },
  { method: 'get', path: '/v1/packs/{id}/audit', access: [...AUDITORS], summary: 'Nhật ký ban hành: ai, khi nào, ghi chú, quy tắc nào thay đổi' },
  { method: 'post', path: '/v1/checks', access: [...INGESTERS], summary: 'Gửi bản tóm tắt kết quả kiểm tra (không nội dung, không tên tệp; gửi lại không đếm hai lần)', body: IngestBatch },
  { method: 'get', path: '/v1/stats', access: [...READERS], summary: 'Thống kê theo đơn vị × quy tắc × loại văn bản × tháng (mỗi văn bản tính lần kiểm tra cuối)', query: ['groupBy', 'unit', 'from', 'to', 'docType', 'rule', 'subject', 'mode', 'pack', 'packVersion', 'format'] },
  { method: 'get', path: '/v1/stats/trend', access: [...READERS], summary: 'Xu hướng theo tháng', query: ['unit', 'from', 'to', 'docType', 'rule', 'subject', 'mode', 'pack', 'packVersion', 'format'] },
  { method: 'get', path: '/v1/stats/dashboard', access: [...READERS], summary: 'Mọi số liệu của trang tổng hợp trong một lần gọi (tổng, theo quy tắc, theo tháng, theo đơn vị, đơn vị × quy tắc, các phiên bản bộ quy tắc)', query: ['unit', 'from', 'to', 'docType', 'rule', 'subject', 'mode', 'pack', 'packVersion', 'top'] },
  { method: 'post', path: '/v1/inspections', access: [...INSPECTORS], summary: 'Lập đợt kiểm tra: chọn mẫu ngẫu nhiên có hạt giống (tái lập được)', body: CreateInspection },
  { method: 'get', path: '/v1/inspections', access: [...INSPECTORS], summary: 'Danh sách đợt kiểm tra' },
  { method: 'get', path: '/v1/inspections/{id}', access: [...INSPECTORS], summary: 'Đợt kiểm tra và các văn bản trong mẫu' },
  { method: 'put', path: '/v1/inspections/{id}/items/{pos}', access: [...INSPECTORS], summary: 'Ghi nhận đánh giá thủ công cho một văn bản trong mẫu', body: VerdictBody },
  { method: 'get', path: '/v1/inspections/{id}/summary', access: [...INSPECTORS], summary: 'Tổng hợp: phát hiện của máy và đánh giá thủ công' },
  { method: 'get', path: '/v1/units', access: 'any', summary: 'Cây đơn vị trong phạm vi' },
  { method: 'put', path: '/v1/units/{id}', access: ['admin'], summary: 'Tạo/sửa đơn vị', body: PutUnit },
  { method: 'get', path: '/v1/tokens', access: ['admin'], summary: 'Danh sách mã truy cập' },
  { method: 'post', path: '/v1/tokens', access: ['admin'], summary: 'Tạo mã truy cập (hiện một lần)', body: CreateToken },
  { method: 'delete', path: '/v1/tokens/{id}', access: ['admin'], summary: 'Thu hồi mã truy cập' },
];

const ErrorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string', description: 'Tiếng Việt' },
        problems: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
};

let cached: unknown;
export function openApiDocument() {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    for (const q of op.query ?? []) params.push({ name: q, in: 'query', required: false, schema: { type: 'string' } });
    const responses: Record<string, unknown> = { '200': { description: 'OK' }, '400': { description: 'Dữ liệu không hợp lệ', content: { 'application/json': { schema: ErrorBody } } } };
    if (op.access !== 'public') Object.assign(responses, { '401': { description: 'Chưa đăng nhập' }, '403': { description: 'Không đủ quyền' } });
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      'x-roles': op.access,
      ...(op.access === 'public' ? {} : { security: [{ bearer: [] }] }),
      parameters: params,
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(op.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
      responses,
    };
  }
  cached = {
    openapi: '3.1.0',
    info: { title: 'ND30 — sổ đăng ký bộ quy tắc và thống kê kiểm tra', version: '1.0.0' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Pack: z.toJSONSchema(Pack, { io: 'input', unrepresentable: 'any' }),
        OverlayPack: z.toJSONSchema(OverlayPack, { io: 'input', unrepresentable: 'any' }),
        Error: ErrorBody,
      },
    },
    paths,
  };
  return cached;
}
