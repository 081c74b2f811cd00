// Errors the API returns: a machine code, a plain-Vietnamese message, and for bad input the exact
// path of every problem.
import type { z } from 'zod';

export interface Problem {
  path: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428 | 429 | 500,
    readonly code: string,
    message: string,
    readonly problems?: Problem[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (problems: Problem[], message = 'Dữ liệu gửi lên không hợp lệ.') =>
  new ApiError(400, 'invalid_input', message, problems);

/** Every zod issue as {path, code, message}; unknown keys become one problem per key, named. */
export function problemsOf(err: z.ZodError, prefix: (string | number)[] = []): Problem[] {
  const out: Problem[] = [];
  for (const i of err.issues) {
    const base = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) out.push({ path: [...base, k].join('.'), code: 'unrecognized_key', message: `Trường "${k}" không được phép gửi lên.` });
    } else {
      out.push({ path: base.join('.'), code: i.code, message: vi(i) });
    }
  }
  return out;
}

// Zod's default messages are English; custom messages in rules/ are already Vietnamese.
function vi(i: z.core.$ZodIssue): string {
  if (!/^(Invalid|Too|Expected|Unrecognized|Number must|String must|Array must)/.test(i.message)) return i.message;
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined ? 'Thiếu trường bắt buộc.' : `Sai kiểu dữ liệu (cần ${i.expected}).`;
    case 'too_small':
      return `Giá trị quá nhỏ hoặc quá ngắn (tối thiểu ${String(i.minimum)}).`;
    case 'too_big':
      return `Giá trị quá lớn hoặc quá dài (tối đa ${String(i.maximum)}).`;
    case 'invalid_format':
      return 'Sai định dạng.';
    case 'invalid_value':
      return `Giá trị không được chấp nhận (chỉ nhận: ${i.values.map(String).join(', ')}).`;
    case 'invalid_union':
      return 'Giá trị không khớp kiểu nào được chấp nhận.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}
