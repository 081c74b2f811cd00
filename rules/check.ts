// checkDocument(bytes, pack) → Report: the one entry point of every face (extension, CLI, functions).
// bytes → read (sniff, docx | pdf) → detect (components, type, scope) → evaluate (pack + kinds) → Report.
import type { Pack } from './pack.ts';
import type { Report } from './report.ts';
import { summarise } from './report.ts';
import type { InputProblem } from './model.ts';
import type { ReadOptions } from './read/options.ts';
import { readDocument } from './read/index.ts';
import { detect } from './detect/index.ts';
import { evaluate, evaluateUnreadable } from './evaluate.ts';

export interface CheckOptions {
  /** Name shown in the report (file name as given). */
  file?: string;
  read?: ReadOptions;
}

export async function checkDocument(bytes: Uint8Array, pack: Pack, opts: CheckOptions = {}): Promise<Report> {
  const t0 = now();
  // The digest runs off the thread (WebCrypto copies the bytes when called): start it, read meanwhile.
  const hashing = digest(bytes);
  hashing.catch(() => {});
  let read: Awaited<ReturnType<typeof readDocument>>;
  try {
    read = await readDocument(bytes, opts.read);
  } catch (e) {
    // Readers report problems as values; anything thrown is a file we could not parse.
    read = { ok: false, format: 'unknown', problem: corrupt(e) };
  }
  const sha256 = await hashing;
  const ruleSet = { id: pack.id, version: pack.version, ...(pack.mode ? { mode: pack.mode } : {}) };
  const base = { file: opts.file ?? '', sha256, ruleSet };
  if (!read.ok) {
    const ev = evaluateUnreadable(pack, read.problem);
    return {
      ...base,
      format: read.format,
      pages: null,
      docType: null,
      findings: ev.findings,
      summary: summarise(ev.findings, ev.passed, ev.notApplicable),
      elapsedMs: round(now() - t0),
    };
  }
  const { model, problems } = read;
  let detection;
  try {
    detection = detect(model);
  } catch (e) {
    const ev = evaluateUnreadable(pack, corrupt(e, 'Không nhận diện được các thành phần của văn bản'));
    return { ...base, format: model.format, pages: model.pageCount, docType: null, findings: ev.findings, summary: summarise(ev.findings, ev.passed, ev.notApplicable), elapsedMs: round(now() - t0) };
  }
  const ev = evaluate(pack, { model, detection, problems });
  const dt = detection.docType;
  return {
    ...base,
    format: model.format,
    pages: model.pageCount ?? (model.format === 'pdf' ? model.pages.length : null),
    docType: dt ? { code: dt.code, name: dt.name, confidence: Math.max(0, Math.min(1, dt.confidence)) } : null,
    findings: ev.findings,
    summary: summarise(ev.findings, ev.passed, ev.notApplicable),
    elapsedMs: round(now() - t0),
  };
}

function corrupt(e: unknown, what = 'Không đọc được tệp'): InputProblem {
  const why = e instanceof Error ? e.message : String(e);
  return { ruleId: 'input.corrupt', message: `${what}: tệp bị hỏng hoặc có cấu trúc lạ. Hãy mở bằng Word/LibreOffice và lưu lại.`, detail: why.slice(0, 200) };
}

async function digest(bytes: Uint8Array): Promise<string> {
  // crypto.subtle is global in Node 22, browsers and Workers. It digests exactly the view's bytes
  // (byteOffset/length respected: a pooled Node Buffer hashes right), copied at the call, so a reader
  // that detaches the buffer afterwards cannot change the hash.
  const buf = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

const now = () => globalThis.performance.now();
const round = (ms: number) => Math.round(ms * 10) / 10;
