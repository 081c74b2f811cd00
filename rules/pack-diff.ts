// The difference between two versions of a pack, item by item, in plain Vietnamese words
// ("Lề trái: 30–35 mm → 30–32 mm, mức độ: lỗi → cảnh báo"). Works on rule packs, overlays
// (items keyed by rule id) and procedure catalogues (keyed by procedure code). Framework-free.

export interface ItemChange {
  /** Rule id or procedure code. */
  id: string;
  /** Short name: the rule's title without its numbers, or the procedure's name. */
  label: string;
  change: 'added' | 'removed' | 'changed';
  /** Each difference as words: "30–35 mm → 30–32 mm", "mức độ: lỗi → cảnh báo". */
  parts: string[];
  /** One line: "Lề trái: 30–35 mm → 30–32 mm, mức độ: lỗi → cảnh báo". */
  text: string;
}

export interface PackDiff {
  /** Header fields: version, title, effective-from, legal basis, mode. */
  header: string[];
  items: ItemChange[];
}

type Obj = Record<string, unknown>;

export const SEVERITY_VI: Record<string, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' };

const HEADER: Record<string, string> = {
  version: 'phiên bản',
  title: 'tên bộ',
  effectiveFrom: 'hiệu lực từ',
  legalBasis: 'căn cứ ban hành',
  mode: 'chế độ',
  overlayOf: 'bổ sung cho bộ',
};

const RULE_FIELDS: Record<string, string> = {
  title: 'tên quy tắc',
  message: 'thông báo',
  legalRef: 'căn cứ',
  fix: 'cách sửa',
  appliesTo: 'áp dụng cho',
  exceptTypes: 'không áp dụng cho',
  kind: 'cách đo',
  component: 'thành phần',
};

/** Words for well-known parameter names; others are shown by their own name. */
const PARAM_VI: Record<string, string> = {
  size: 'cỡ chữ',
  vvSize: 'cỡ chữ V/v',
  toleranceMm: 'dung sai',
  pdfToleranceMm: 'dung sai PDF',
  tolerancePt: 'dung sai',
  ratio: 'tỉ lệ đường kẻ',
  lines: 'giãn dòng',
  minPt: 'cách đoạn tối thiểu',
  valuesMm: 'thụt đầu dòng',
  widthMm: 'chiều rộng',
  heightMm: 'chiều cao',
  maxFindings: 'số phát hiện tối đa',
  expected: 'nội dung đúng',
  variants: 'biến thể chấp nhận',
  family: 'phông chữ',
  bold: 'in đậm',
  italic: 'in nghiêng',
  upper: 'in hoa',
  align: 'căn lề',
};

const MODE_VI: Record<string, string> = { enforce: 'áp dụng', observe: 'quan sát' };
const UNIT_VI: Record<string, string> = { immediately: 'ngay trong ngày', 'working-days': 'ngày làm việc', 'working-hours': 'giờ làm việc', days: 'ngày' };
const CHANNEL_VI: Record<string, string> = { all: 'mọi hình thức', 'truc-tiep': 'trực tiếp', 'truc-tuyen': 'trực tuyến', 'buu-chinh': 'bưu chính' };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** JSON with object keys sorted: stored versions may list the same keys in another order. */
export function canon(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));
}
export const same = (a: unknown, b: unknown) => canon(a) === canon(b);
export const isRange = (v: unknown): v is { min?: number; max?: number } =>
  isObj(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k === 'min' || k === 'max') && Object.values(v).every((x) => typeof x === 'number');

const num = (n: number) => String(n).replace('.', ',');

/** "Lề trái 30–35 mm" → { label: "Lề trái", unit: "mm" }: the title's own numbers are what changes. */
export function splitTitle(title: string): { label: string; unit: string } {
  const m = /^(.*?)\s+(\d[\d.,]*(?:\s*[–-]\s*\d[\d.,]*)?)\s*(mm|pt|cm|dòng)?$/.exec(title.trim());
  // "… 1 cm hoặc 1,27 cm": the tail is one of two values, not the rule's range.
  if (!m || !m[1] || /\s(hoặc|và|đến|từ)$/.test(m[1]) || (!/[–-]/.test(m[2]) && !m[3])) return { label: title.trim(), unit: '' };
  return { label: m[1].replace(/[\s,;:]+$/, ''), unit: m[3] ?? '' };
}

function unitOf(key: string, titleUnit: string): string {
  if (/Mm$/.test(key)) return 'mm';
  if (/Pt$/.test(key) || key === 'size' || key === 'vvSize') return 'pt';
  if (key === 'range') return titleUnit;
  return '';
}

/** A value as words: ranges "30–35 mm", lists "QĐ, CV", booleans "có/không". */
export function say(v: unknown, unit = ''): string {
  const u = unit ? ` ${unit}` : '';
  if (v === undefined) return '(không có)';
  if (v === null) return '(để trống)';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (typeof v === 'number') return `${num(v)}${u}`;
  if (typeof v === 'string') return v.length > 60 ? `«${v.slice(0, 57)}…»` : `«${v}»`;
  if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === 'string' ? x : say(x))).join(', ') : '(trống)';
  if (isRange(v)) {
    if (v.min !== undefined && v.max !== undefined) return v.min === v.max ? `${num(v.min)}${u}` : `${num(v.min)}–${num(v.max)}${u}`;
    if (v.min !== undefined) return `từ ${num(v.min)}${u}`;
    return `đến ${num(v.max!)}${u}`;
  }
  return Object.entries(v as Obj).map(([k, x]) => `${k}=${typeof x === 'string' ? x : say(x)}`).join('; ');
}

const arrow = (a: unknown, b: unknown, unit = '') => `${say(a, unit)} → ${say(b, unit)}`;

function ruleParts(a: Obj, b: Obj, titleUnit: string): string[] {
  const parts: string[] = [];
  const pa = (isObj(a.params) ? a.params : {}) as Obj;
  const pb = (isObj(b.params) ? b.params : {}) as Obj;
  // Parameters first: the rule's main value (the range its title names) needs no label.
  for (const k of [...new Set([...Object.keys(pa), ...Object.keys(pb)])]) {
    if (same(pa[k], pb[k])) continue;
    const unit = unitOf(k, titleUnit);
    const words = arrow(pa[k], pb[k], unit);
    parts.push(k === 'range' ? words : `${PARAM_VI[k] ?? k}: ${words}`);
  }
  if (!same(a.enabled, b.enabled) && !(a.enabled === undefined && b.enabled === true) && !(a.enabled === true && b.enabled === undefined))
    parts.push(b.enabled === false ? 'tắt quy tắc' : 'bật quy tắc');
  if (!same(a.severity, b.severity)) parts.push(`mức độ: ${SEVERITY_VI[a.severity as string] ?? say(a.severity)} → ${SEVERITY_VI[b.severity as string] ?? say(b.severity)}`);
  for (const [k, name] of Object.entries(RULE_FIELDS)) {
    if (same(a[k], b[k])) continue;
    // A title whose only change is its numbers says what the parameter change already says.
    if (k === 'title' && typeof a[k] === 'string' && typeof b[k] === 'string' && splitTitle(a[k] as string).label === splitTitle(b[k] as string).label) continue;
    if (k === 'appliesTo' || k === 'exceptTypes') parts.push(`${name}: ${a[k] === undefined ? 'mọi loại văn bản' : say(a[k])} → ${b[k] === undefined ? 'mọi loại văn bản' : say(b[k])}`);
    else parts.push(`${name}: ${arrow(a[k], b[k])}`);
  }
  return parts;
}

const procTime = (p: Obj) => `${CHANNEL_VI[p.channel as string] ?? p.channel}: ${p.value === null || p.value === undefined ? '' : `${num(p.value as number)} `}${UNIT_VI[p.unit as string] ?? p.unit}`;
const procFee = (f: Obj) => `${CHANNEL_VI[f.channel as string] ?? f.channel}: ${f.amountVnd === null || f.amountVnd === undefined ? 'theo HĐND tỉnh' : `${(f.amountVnd as number).toLocaleString('vi-VN')} đồng`}`;

function procedureParts(a: Obj, b: Obj): string[] {
  const parts: string[] = [];
  for (const [k, name] of [['name', 'tên'], ['agency', 'cơ quan'], ['sector', 'lĩnh vực'], ['level', 'cấp'], ['cutOff', 'giờ nhận hồ sơ muộn nhất'], ['result', 'kết quả']] as const)
    if (!same(a[k], b[k])) parts.push(`${name}: ${arrow(a[k], b[k])}`);
  const list = (x: unknown) => (Array.isArray(x) ? (x as Obj[]) : []);
  // Entries by position; only the ones that differ are named.
  const entries = (name: string, xa: Obj[], xb: Obj[], words: (o: Obj) => string, detail: string) => {
    const changed: string[] = [];
    let details = false;
    for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
      const wa = xa[i] ? words(xa[i]) : '(không có)', wb = xb[i] ? words(xb[i]) : '(bỏ)';
      if (wa !== wb) changed.push(`${wa} → ${wb}`);
      else if (!same(xa[i], xb[i])) details = true;
    }
    if (changed.length) parts.push(`${name}: ${changed.join('; ')}`);
    else if (details) parts.push(`${name}: ${detail}`);
  };
  entries('thời hạn giải quyết', list(a.processing), list(b.processing), procTime, 'sửa ghi chú/trích dẫn');
  entries('phí, lệ phí', list(a.fees), list(b.fees), procFee, 'sửa mô tả/trích dẫn');
  const known = new Set(['code', 'name', 'agency', 'sector', 'level', 'cutOff', 'result', 'processing', 'fees']);
  const other = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !known.has(k) && !same(a[k], b[k]));
  const OTHER_VI: Record<string, string> = { cases: 'thành phần hồ sơ', questions: 'câu hỏi trường hợp', legalBasis: 'căn cứ pháp lý', outdated: 'giấy tờ không còn yêu cầu', exemptions: 'miễn phí', variants: 'mã địa phương', cutOffCite: 'trích dẫn giờ nhận', forms: 'mẫu đơn' };
  if (other.length) parts.push(`sửa ${other.map((k) => OTHER_VI[k] ?? k).join(', ')}`);
  return parts;
}

function items(p: Obj): { key: string; items: Obj[] } {
  if (Array.isArray(p.procedures)) return { key: 'code', items: p.procedures as Obj[] };
  return { key: 'id', items: Array.isArray(p.rules) ? (p.rules as Obj[]) : [] };
}

/** Differences from `before` to `after` (two contents of the same pack, any kind). */
export function diffPacks(before: unknown, after: unknown, names: Record<string, string> = {}): PackDiff {
  const a = (isObj(before) ? before : {}) as Obj;
  const b = (isObj(after) ? after : {}) as Obj;
  const header: string[] = [];
  for (const [k, name] of Object.entries(HEADER)) {
    if (same(a[k], b[k])) continue;
    header.push(k === 'mode' ? `${name}: ${MODE_VI[a[k] as string] ?? 'áp dụng'} → ${MODE_VI[b[k] as string] ?? 'áp dụng'}` : `${name}: ${arrow(a[k], b[k])}`);
  }
  const ia = items(a), ib = items(b);
  const isProc = Array.isArray(b.procedures) || Array.isArray(a.procedures);
  const mapA = new Map(ia.items.map((x) => [String(x[ia.key]), x]));
  const mapB = new Map(ib.items.map((x) => [String(x[ib.key]), x]));
  const out: ItemChange[] = [];
  const labelOf = (id: string, x: Obj | undefined) => {
    const title = (x?.title as string | undefined) ?? (x?.name as string | undefined) ?? names[id] ?? id;
    return isProc ? title : splitTitle(title).label;
  };
  for (const id of [...new Set([...mapA.keys(), ...mapB.keys()])]) {
    const x = mapA.get(id), y = mapB.get(id);
    const label = labelOf(id, y ?? x);
    if (!x) {
      out.push({ id, label, change: 'added', parts: ['thêm mới'], text: `${label}: thêm mới` });
      continue;
    }
    if (!y) {
      out.push({ id, label, change: 'removed', parts: ['bỏ khỏi bộ'], text: `${label}: bỏ khỏi bộ` });
      continue;
    }
    if (same(x, y)) continue;
    const unit = splitTitle(String(x.title ?? names[id] ?? '')).unit;
    const parts = isProc ? procedureParts(x, y) : ruleParts(x, y, unit);
    if (!parts.length) parts.push('sửa chi tiết');
    out.push({ id, label, change: 'changed', parts, text: `${label}: ${parts.join(', ')}` });
  }
  return { header, items: out };
}
