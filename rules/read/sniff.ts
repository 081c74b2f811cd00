// Recognise a file by its bytes (never by its name) and refuse what the readers cannot read,
// with an input.* problem whose Vietnamese message says what the file is and what to do.
import { unzipSync } from 'fflate';
import type { InputProblem } from '../model.ts';
import { limitsOf, type ReadOptions } from './options.ts';

export type Recognised =
  | 'docx'
  | 'pdf'
  | 'empty'
  | 'zip-broken'
  | 'doc'
  | 'encrypted-office'
  | 'xls'
  | 'ppt'
  | 'cfb'
  | 'rtf'
  | 'html'
  | 'mht'
  | 'wordxml'
  | 'xml'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'xlsx'
  | 'pptx'
  | 'epub'
  | 'zip'
  | 'image'
  | 'text'
  | 'unknown';

export type Sniffed =
  | { ok: true; format: 'docx' | 'pdf'; recognised: Recognised }
  | { ok: false; format: 'docx' | 'pdf' | 'unknown'; recognised: Recognised; problem: InputProblem };

const CONVERT = 'Hãy mở bằng Word và lưu lại dưới dạng .docx (hoặc xuất ra PDF) rồi kiểm tra lại.';

const UNSUPPORTED: Partial<Record<Recognised, string>> = {
  doc: `Tệp là văn bản Word cũ (.doc, Word 97–2003). ${CONVERT}`,
  xls: 'Tệp là bảng tính Excel cũ (.xls), không phải văn bản. Hãy chọn tệp văn bản .docx hoặc .pdf.',
  ppt: 'Tệp là bản trình chiếu PowerPoint cũ (.ppt), không phải văn bản. Hãy chọn tệp văn bản .docx hoặc .pdf.',
  cfb: `Tệp là một tài liệu Office định dạng cũ (không phải .docx). ${CONVERT}`,
  rtf: `Tệp là định dạng RTF (.rtf), không phải .docx. ${CONVERT}`,
  html: `Tệp là trang web (HTML), có thể được lưu với đuôi .doc. ${CONVERT}`,
  mht: `Tệp là trang web lưu trữ (MHT/MHTML), có thể được lưu với đuôi .doc. ${CONVERT}`,
  wordxml: `Tệp là văn bản Word dạng XML (Word 2003 XML hoặc Flat XML), không phải .docx. ${CONVERT}`,
  xml: 'Tệp là dữ liệu XML, không phải văn bản .docx hay .pdf. Hãy chọn đúng tệp văn bản.',
  odt: 'Tệp là văn bản OpenDocument (.odt). Hãy mở bằng LibreOffice hoặc Word, lưu lại dưới dạng .docx (hoặc xuất ra PDF) rồi kiểm tra lại.',
  ods: 'Tệp là bảng tính OpenDocument (.ods), không phải văn bản. Hãy chọn tệp văn bản .docx hoặc .pdf.',
  odp: 'Tệp là bản trình chiếu OpenDocument (.odp), không phải văn bản. Hãy chọn tệp văn bản .docx hoặc .pdf.',
  xlsx: 'Tệp là bảng tính Excel (.xlsx), không phải văn bản. Hãy chọn tệp văn bản .docx hoặc .pdf.',
  pptx: 'Tệp là bản trình chiếu PowerPoint (.pptx), không phải văn bản. Hãy chọn tệp văn bản .docx hoặc .pdf.',
  epub: 'Tệp là sách điện tử (.epub), không phải văn bản hành chính. Hãy chọn tệp .docx hoặc .pdf.',
  zip: 'Tệp là một tệp nén (.zip), không phải văn bản .docx. Hãy giải nén và chọn tệp văn bản .docx hoặc .pdf bên trong.',
  image: 'Tệp là hình ảnh, không phải văn bản. Hãy chọn bản .docx, hoặc bản .pdf có lớp chữ (không phải ảnh chụp).',
  text: 'Tệp chỉ chứa chữ thuần (văn bản không định dạng), không phải .docx hay .pdf — có thể tải về bị lỗi. Hãy chọn đúng tệp văn bản .docx hoặc .pdf.',
  unknown: 'Không nhận ra định dạng của tệp. Hệ thống chỉ kiểm tra tệp .docx và .pdf; hãy lưu văn bản dưới dạng .docx hoặc PDF rồi kiểm tra lại.',
};

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let k = 0; k < sig.length; k++) if (b[at + k] !== sig[k]) return false;
  return true;
}

function ascii(b: Uint8Array, n: number): string {
  let s = '';
  const m = Math.min(n, b.length);
  for (let k = 0; k < m; k++) s += String.fromCharCode(b[k]);
  return s;
}

/** Find an ASCII name stored as UTF-16LE (CFB directory entry names). */
function hasUtf16(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let k = 0; k + name.length * 2 <= b.length; k++) {
    if (b[k] !== first || b[k + 1] !== 0) continue;
    for (let j = 1; j < name.length; j++) if (b[k + 2 * j] !== name.charCodeAt(j) || b[k + 2 * j + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

function inspectZip(b: Uint8Array): Recognised {
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(b, {
      filter(f) {
        names.push(f.name);
        return (f.name === '[Content_Types].xml' || f.name === 'mimetype') && f.originalSize < 4 * 1024 * 1024;
      },
    });
  } catch {
    return 'zip-broken';
  }
  const mime = files['mimetype'] ? new TextDecoder().decode(files['mimetype']).trim() : '';
  if (mime) {
    if (mime === 'application/vnd.oasis.opendocument.text' || mime.startsWith('application/vnd.oasis.opendocument.text-')) return 'odt';
    if (mime.includes('opendocument.spreadsheet')) return 'ods';
    if (mime.includes('opendocument.presentation')) return 'odp';
    if (mime === 'application/epub+zip') return 'epub';
  }
  const ct = files['[Content_Types].xml'] ? new TextDecoder().decode(files['[Content_Types].xml']) : '';
  if (/wordprocessingml\.(document|template)\.main\+xml|ms-word\.(document|template)\.macroenabled(template)?\.main\+xml/i.test(ct)) return 'docx';
  if (/spreadsheetml|ms-excel/i.test(ct)) return 'xlsx';
  if (/presentationml|ms-powerpoint/i.test(ct)) return 'pptx';
  // No usable content types but a Word body: let the reader try.
  if (names.some((n) => n.toLowerCase() === 'word/document.xml')) return 'docx';
  return 'zip';
}

/** What the bytes are (format family), without reading the document itself. */
export function recognise(b: Uint8Array): Recognised {
  if (b.length === 0) return 'empty';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) return inspectZip(b);
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (hasUtf16(b, 'EncryptedPackage') || hasUtf16(b, 'EncryptionInfo')) return 'encrypted-office';
    if (hasUtf16(b, 'WordDocument')) return 'doc';
    if (hasUtf16(b, 'Workbook') || hasUtf16(b, 'Book')) return 'xls';
    if (hasUtf16(b, 'PowerPoint Document')) return 'ppt';
    return 'cfb';
  }
  const head = ascii(b, 1024);
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || startsWith(b, [0xff, 0xd8, 0xff]) || head.startsWith('GIF8') || head.startsWith('II*\0') || head.startsWith('MM\0*') || head.startsWith('BM'))
    return 'image';
  // Text-like formats: skip a BOM and leading whitespace.
  const t = head.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/^[\s\0]+/, '');
  if (t.startsWith('{\\rtf')) return 'rtf';
  const low = t.toLowerCase();
  if (/^mime-version:/i.test(t) || /content-type:\s*multipart\/related/i.test(head)) return 'mht';
  if (low.startsWith('<?xml')) {
    if (/<w:worddocument|progid="word\.document"|<pkg:package/i.test(head)) return 'wordxml';
    if (/<html/i.test(head)) return 'html';
    return 'xml';
  }
  if (low.startsWith('<!doctype html') || low.startsWith('<html') || /<html[\s>]/i.test(head) || (low.startsWith('<') && /<(head|body|meta|table|p)[\s>]/i.test(head)))
    return 'html';
  // Printable text (UTF-8, no NULs) — e.g. an error page or JSON saved under a .docx name.
  const sample = b.subarray(0, Math.min(b.length, 4096));
  if (!sample.includes(0)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sample.length < b.length ? trimUtf8(sample) : sample);
      return 'text';
    } catch {
      /* binary */
    }
  }
  return 'unknown';
}

function trimUtf8(s: Uint8Array): Uint8Array {
  // Do not cut a multi-byte character at the sample boundary.
  let end = s.length;
  while (end > 0 && end > s.length - 4 && (s[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && s[end - 1] >= 0xc0) end--;
  return s.subarray(0, end);
}

export function sniff(bytes: Uint8Array, opts?: ReadOptions): Sniffed {
  const limits = limitsOf(opts);
  if (bytes.length > limits.maxBytes) {
    return {
      ok: false,
      format: 'unknown',
      recognised: 'unknown',
      problem: {
        ruleId: 'input.too-large',
        message: `Tệp quá lớn (${(bytes.length / 1048576).toFixed(1)} MB; giới hạn ${(limits.maxBytes / 1048576).toFixed(0)} MB). Hãy giảm dung lượng (ví dụ nén ảnh) hoặc tách văn bản rồi kiểm tra lại.`,
        detail: `${bytes.length} bytes > ${limits.maxBytes}`,
      },
    };
  }
  const r = recognise(bytes);
  if (r === 'docx' || r === 'pdf') return { ok: true, format: r, recognised: r };
  if (r === 'empty') {
    return {
      ok: false,
      format: 'unknown',
      recognised: r,
      problem: { ruleId: 'input.corrupt', message: 'Tệp rỗng (0 byte), không có nội dung để kiểm tra. Hãy chọn lại đúng tệp văn bản.', recognised: r, detail: 'empty file' },
    };
  }
  if (r === 'zip-broken') {
    return {
      ok: false,
      format: 'docx',
      recognised: r,
      problem: {
        ruleId: 'input.corrupt',
        message: 'Tệp bị hỏng: phần nén (zip) của tệp .docx không đọc được, có thể tệp bị cắt cụt hoặc tải về chưa hết. Hãy tải lại hoặc mở bằng Word, lưu lại rồi kiểm tra lại.',
        recognised: 'zip',
        detail: 'zip central directory unreadable (truncated or damaged)',
      },
    };
  }
  if (r === 'encrypted-office') {
    return {
      ok: false,
      format: 'docx',
      recognised: r,
      problem: {
        ruleId: 'input.encrypted',
        message: 'Tệp .docx được đặt mật khẩu (mã hóa), hệ thống không đọc được nội dung. Hãy mở bằng Word, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu) rồi kiểm tra lại.',
        recognised: 'cfb',
        detail: 'CFB container with EncryptionInfo/EncryptedPackage streams',
      },
    };
  }
  return {
    ok: false,
    format: 'unknown',
    recognised: r,
    problem: { ruleId: 'input.unsupported-format', message: UNSUPPORTED[r] ?? UNSUPPORTED.unknown!, recognised: r },
  };
}
