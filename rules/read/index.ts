// Entry point of the readers: recognise the bytes, then read .docx or .pdf into the one
// DocumentModel, within the time budget (limits.timeMs). Every refusal is an input.* problem.
import type { ReadResult } from '../model.ts';
import { limitsOf, type ReadOptions } from './options.ts';
import { sniff } from './sniff.ts';
import { readDocx } from './docx/index.ts';
import { readPdf } from './pdf/index.ts';

export { sniff, recognise } from './sniff.ts';
export type { Sniffed, Recognised } from './sniff.ts';

function timeout(format: 'docx' | 'pdf', ms: number): ReadResult {
  return {
    ok: false,
    format,
    problem: {
      ruleId: 'input.too-large',
      message: `Tệp quá lớn hoặc quá phức tạp để đọc trong thời gian cho phép (${Math.round(ms / 1000)} giây). Hãy tách văn bản thành tệp nhỏ hơn hoặc lưu lại rồi kiểm tra lại.`,
      recognised: format,
      detail: `time limit ${ms} ms passed`,
    },
  };
}

export async function readDocument(bytes: Uint8Array, opts?: ReadOptions): Promise<ReadResult> {
  const s = sniff(bytes, opts);
  if (!s.ok) return { ok: false, format: s.format, problem: s.problem };
  const ms = limitsOf(opts).timeMs;
  // The .docx reader checks the deadline itself (it is synchronous); the PDF reader is raced.
  if (s.format === 'docx') return readDocx(bytes, opts);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<ReadResult>((resolve) => {
    timer = setTimeout(() => resolve(timeout('pdf', ms)), ms);
  });
  try {
    return await Promise.race([readPdf(bytes, opts), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Same as readDocument; the name says that limits.timeMs is enforced. */
export const readDocumentWithDeadline = readDocument;
