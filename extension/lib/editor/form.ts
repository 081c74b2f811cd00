// Forms generated from the zod schemas of rules/pack.ts and rules/dossier/catalogue.ts: which inputs a
// rule, an overlay entry, a pack header or a procedure has, how typed text becomes values, and the
// reasons (zod issues, in Vietnamese) an edit is refused before anything is sent.
import { z } from 'zod';
import { OverlayPack, Pack, Range, RuleOverride, RuleSpec, mergePack, OverlayError, type Pack as PackT } from '../../../rules/pack.ts';
import { Fee, ProcedurePack, ProcessingTime, Procedure } from '../../../rules/dossier/catalogue.ts';

const vi = z.locales.vi();
/** zod's Vietnamese messages, with plainer words for the two a form meets most. */
export const viErrors = {
  error: (iss: Parameters<typeof vi.localeError>[0]) => {
    const i = iss as { code?: string; origin?: string; minimum?: unknown; expected?: string };
    if (i.code === 'too_small' && i.origin === 'string' && Number(i.minimum) === 1) return 'Không được để trống';
    if (i.code === 'invalid_type' && i.expected === 'number') return 'Phải là một số (ví dụ 30 hoặc 30,5)';
    return vi.localeError(iss);
  },
};

export type InputKind = 'checkbox' | 'select' | 'text' | 'textarea' | 'list' | 'number' | 'date';
export interface FieldDef {
  key: string;
  label: string;
  input: InputKind;
  options?: string[];
  /** Absent/empty is allowed (optional, default or nullable). */
  optional: boolean;
  nullable: boolean;
}

const LABELS: Record<string, string> = {
  enabled: 'Bật quy tắc',
  severity: 'Mức độ',
  message: 'Thông báo cho người dùng',
  title: 'Tên quy tắc',
  legalRef: 'Căn cứ pháp lý',
  fix: 'Cách sửa',
  appliesTo: 'Áp dụng cho loại văn bản (để trống = mọi loại)',
  exceptTypes: 'Không áp dụng cho loại văn bản',
  version: 'Số phiên bản',
  effectiveFrom: 'Hiệu lực từ ngày',
  legalBasis: 'Căn cứ ban hành',
  mode: 'Chế độ',
  name: 'Tên thủ tục',
  level: 'Cấp thực hiện',
  agency: 'Cơ quan thực hiện',
  sector: 'Lĩnh vực',
  cutOff: 'Giờ nhận hồ sơ muộn nhất (HH:MM)',
  result: 'Kết quả',
  unit: 'Đơn vị thời hạn',
  value: 'Thời hạn (để trống = không định lượng)',
  note: 'Ghi chú',
  amountVnd: 'Mức thu (đồng; để trống = do HĐND tỉnh quy định)',
  per: 'Tính theo',
  text: 'Mô tả',
};
const LONG = new Set(['message', 'legalRef', 'fix', 'legalBasis', 'note', 'text']);

type Def = { type: string; innerType?: z.ZodType; options?: string[]; element?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;

/** One input per scalar field of a zod object; objects and records of objects are left to sub-forms. */
export function fieldsOf(schema: z.ZodObject, skip: string[] = []): FieldDef[] {
  const out: FieldDef[] = [];
  for (const [key, s] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (skip.includes(key)) continue;
    let d = defOf(s);
    let optional = false, nullable = false;
    while (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') {
      if (d.type === 'nullable') nullable = true;
      else optional = true;
      d = defOf(d.innerType!);
    }
    const label = LABELS[key] ?? key;
    const base = { key, label, optional, nullable };
    if (d.type === 'boolean') out.push({ ...base, input: 'checkbox' });
    else if (d.type === 'enum') out.push({ ...base, input: 'select', options: Object.values((d as unknown as { entries: Record<string, string> }).entries) });
    else if (d.type === 'number') out.push({ ...base, input: 'number' });
    else if (d.type === 'string') out.push({ ...base, input: key === 'effectiveFrom' ? 'date' : LONG.has(key) ? 'textarea' : 'text' });
    else if (d.type === 'array' && defOf(d.element!).type === 'string') out.push({ ...base, input: 'list' });
  }
  return out;
}

/** The header (version, title, effective date…) of a rules/overlay/procedures pack. */
export const headerFields = (): FieldDef[] => fieldsOf(OverlayPack as unknown as z.ZodObject, ['id', 'kind', 'rules', 'overlayOf', 'mode']);
export const ruleFields = (overlay: boolean): FieldDef[] =>
  fieldsOf((overlay ? RuleOverride : RuleSpec) as unknown as z.ZodObject, ['id', 'kind', 'component', 'params']);
export const procedureFields = (): FieldDef[] => fieldsOf(Procedure as unknown as z.ZodObject, ['code']);
export const processingFields = (): FieldDef[] => fieldsOf(ProcessingTime, ['channel', 'cite']);
export const feeFields = (): FieldDef[] => fieldsOf(Fee, ['channel', 'cite']);

export type ParamInput = 'range' | 'number' | 'checkbox' | 'text' | 'list' | 'json';
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRangeValue = (v: unknown) => isPlain(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k === 'min' || k === 'max');

/** The input a parameter gets from its current value's shape (ParamValue is a union). */
export function paramInput(v: unknown): ParamInput {
  if (isRangeValue(v)) return 'range';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'checkbox';
  if (typeof v === 'string') return 'text';
  if (Array.isArray(v)) return 'list';
  return 'json';
}

/** Typed text → value: "" = absent, "30,5" = 30.5; what is not a number stays text so zod names it. */
export function toNumber(s: string): number | string | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}
export function toList(s: string, numbers = false): (string | number)[] {
  return s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => (numbers && Number.isFinite(Number(x.replace(',', '.'))) ? Number(x.replace(',', '.')) : x));
}

export interface Issue {
  /** Where, e.g. "params.range", "severity", "rules.12.message". */
  path: string;
  message: string;
}
const issuesOf = (e: z.ZodError, prefix: (string | number)[] = []): Issue[] =>
  e.issues.map((i) => ({ path: [...prefix, ...i.path].join('.'), message: i.message }));

const PARAM_SCHEMA: Record<ParamInput, z.ZodType> = {
  range: Range,
  number: z.number(),
  checkbox: z.boolean(),
  text: z.string(),
  list: z.array(z.union([z.number(), z.string()])),
  json: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
};
const RANGE_VI = 'Giá trị nhỏ nhất phải nhỏ hơn hoặc bằng giá trị lớn nhất';

/** Problems of one edited rule (full rule or overlay entry); params checked by their own shape. */
export function ruleIssues(rule: Record<string, unknown>, overlay: boolean, shapes: Record<string, ParamInput>): Issue[] {
  const out: Issue[] = [];
  const r = (overlay ? RuleOverride : RuleSpec).safeParse(rule, viErrors);
  if (!r.success) out.push(...issuesOf(r.error).filter((i) => !i.path.startsWith('params')));
  const params = isPlain(rule.params) ? rule.params : {};
  for (const [k, v] of Object.entries(params)) {
    const p = PARAM_SCHEMA[shapes[k] ?? paramInput(v)].safeParse(v, viErrors);
    if (!p.success) out.push(...issuesOf(p.error, ['params', k]).map((i) => (i.message === 'min phải ≤ max' ? { ...i, message: RANGE_VI } : i)));
    else if (shapes[k] === 'range' && isPlain(v) && v.min === undefined && v.max === undefined) out.push({ path: `params.${k}`, message: 'Cần ít nhất một trong hai giá trị nhỏ nhất / lớn nhất' });
  }
  return out;
}

/** Problems of the whole draft as the registry will judge it (same schema), plus an overlay's merge. */
export function draftIssues(content: unknown, base?: PackT): Issue[] {
  const kind = (content as { kind?: string } | null)?.kind;
  if (kind === 'rules') {
    const r = Pack.safeParse(content, viErrors);
    return r.success ? [] : issuesOf(r.error);
  }
  if (kind === 'overlay') {
    const r = OverlayPack.safeParse(content, viErrors);
    if (!r.success) return issuesOf(r.error);
    if (base) {
      try {
        mergePack(base, r.data);
      } catch (e) {
        if (e instanceof OverlayError) return [{ path: 'rules', message: e.message }];
        throw e;
      }
    }
    return [];
  }
  if (kind === 'procedures') {
    const r = ProcedurePack.safeParse(content, viErrors);
    return r.success ? [] : issuesOf(r.error);
  }
  return [{ path: 'kind', message: `Loại bộ quy tắc không sửa được ở đây: ${String(kind)}` }];
}

const fmtRange = (r: { min?: number; max?: number }) =>
  r.min !== undefined && r.max !== undefined ? (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`).replace(/\./g, ',') : null;

/** A title that states a range ("Lề trái 30–35 mm") follows the edited range, unless the title was edited too. */
export function syncTitle(before: { title: string; params: Record<string, unknown> }, after: { title: string; params: Record<string, unknown> }): string {
  if (after.title !== before.title) return after.title;
  let title = after.title;
  for (const [k, v] of Object.entries(before.params)) {
    const w = after.params[k];
    if (!isRangeValue(v) || !isRangeValue(w)) continue;
    const from = fmtRange(v as { min?: number; max?: number }), to = fmtRange(w as { min?: number; max?: number });
    if (from && to && from !== to && title.includes(from)) title = title.replace(from, to);
  }
  return title;
}
