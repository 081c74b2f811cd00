// Input recognition by bytes and the refusals a user sees (input.* ids with Vietnamese advice),
// through readDocument, the entry point every caller uses.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument, recognise, sniff } from '../../rules/read/index.ts';

const OUT = join(import.meta.dirname, '../fixtures/readers/out');
const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const fixture = (name: string) => new Uint8Array(readFileSync(join(OUT, name)));
const corpus = (rel: string) => join(CORPUS, rel);

/** A minimal CFB (OLE2) header followed by directory entry names stored as UTF-16LE. */
function cfb(...streams: string[]): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const out = new Uint8Array(1536);
  out.set(head, 0);
  let at = 512;
  for (const s of ['Root Entry', ...streams]) {
    for (let k = 0; k < s.length; k++) out[at + 2 * k] = s.charCodeAt(k);
    at += 128;
  }
  return out;
}

async function refused(bytes: Uint8Array) {
  const r = await readDocument(bytes);
  if (r.ok) throw new Error('expected a refusal');
  return r;
}

describe('recognised and read', () => {
  it('reads a .docx by its bytes', async () => {
    const r = await readDocument(fixture('plain.docx'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.model.format).toBe('docx');
  });

  it('routes a PDF (%PDF within the first 1024 bytes) to the PDF reader', async () => {
    expect(recognise(fixture('plain.pdf'))).toBe('pdf');
    const junk = new Uint8Array(300 + fixture('plain.pdf').length);
    junk.set(strToU8('garbage before the header\n'), 0);
    junk.set(fixture('plain.pdf'), 300);
    expect(recognise(junk)).toBe('pdf');
    const r = await readDocument(fixture('plain.pdf'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.model.format).toBe('pdf');
  });

  it('recognises a .docx whatever the zip holds besides (macro-enabled .docm counts)', () => {
    const files = unzipSync(fixture('plain.docx'));
    const ct = new TextDecoder().decode(files['[Content_Types].xml']);
    files['[Content_Types].xml'] = strToU8(ct.replace('wordprocessingml.document.main+xml', 'x').replace('</Types>', '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>'));
    expect(recognise(zipSync(files))).toBe('docx');
  });
});

describe('refused with the right input.* id', () => {
  it('empty file → input.corrupt', async () => {
    const r = await refused(new Uint8Array(0));
    expect(r.problem.ruleId).toBe('input.corrupt');
    expect(r.problem.message).toMatch(/rỗng/);
  });

  it('truncated zip → input.corrupt naming the zip', async () => {
    const whole = fixture('plain.docx');
    const r = await refused(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(r.problem.ruleId).toBe('input.corrupt');
    expect(r.problem.recognised).toBe('zip');
    expect(r.problem.message).toMatch(/cắt cụt|hỏng/);
  });

  it('legacy Word .doc (CFB with a WordDocument stream) → input.unsupported-format', async () => {
    const r = await refused(cfb('WordDocument', '1Table', 'SummaryInformation'));
    expect(r.problem.ruleId).toBe('input.unsupported-format');
    expect(r.problem.recognised).toBe('doc');
    expect(r.problem.message).toContain('Word cũ (.doc');
    expect(r.problem.message).toContain('.docx');
  });

  it('password-protected .docx (CFB with EncryptionInfo/EncryptedPackage) → input.encrypted', async () => {
    const r = await refused(cfb('EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'));
    expect(r.problem.ruleId).toBe('input.encrypted');
    expect(r.problem.message).toMatch(/mật khẩu/);
  });

  it.skipIf(!existsSync(corpus('docx')))('real encrypted .docx files from the corpus → input.encrypted', async () => {
    for (const f of ['docx/apache__poi__protected_agile.docx', 'docx/dotnet__Open-XML-SDK__document_with_password.docx', 'docx/apache__poi__bug53475-password-is-pass.docx']) {
      const r = await refused(new Uint8Array(readFileSync(corpus(f))));
      expect(r.problem.ruleId, f).toBe('input.encrypted');
    }
  });

  it.skipIf(!existsSync(corpus('vi')))('real .doc, RTF-as-.doc and HTML-as-.doc files from the corpus → input.unsupported-format', async () => {
    const cases: [string, string][] = [
      ['vi/ericphan28__van-ban-plus__Phuluc1.doc', 'doc'],
      ['vi/hpbaotho__04-quanly-vanban-quanhuyen__Du_Thao_Van_Ban.doc', 'rtf'],
      ['vi/hpbaotho__04-quanly-vanban-quanhuyen__Ke_hoach_tap_huan.doc', 'html'],
    ];
    for (const [f, kind] of cases) {
      const r = await refused(new Uint8Array(readFileSync(corpus(f))));
      expect(r.problem.ruleId, f).toBe('input.unsupported-format');
      expect(r.problem.recognised, f).toBe(kind);
    }
  });

  it('RTF → input.unsupported-format saying it is RTF', async () => {
    const r = await refused(strToU8('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} Xin chào}'));
    expect(r.problem.ruleId).toBe('input.unsupported-format');
    expect(r.problem.recognised).toBe('rtf');
    expect(r.problem.message).toContain('RTF');
  });

  it('HTML (Word "web page" saved as .doc) → input.unsupported-format', async () => {
    const html = '\ufeff<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"></head><body><p>Kế hoạch</p></body></html>';
    const r = await refused(strToU8(html));
    expect(r.problem.ruleId).toBe('input.unsupported-format');
    expect(r.problem.recognised).toBe('html');
    expect(r.problem.message).toContain('HTML');
  });

  it('OpenDocument text (.odt) → input.unsupported-format', async () => {
    const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>') });
    const r = await refused(odt);
    expect(r.problem.ruleId).toBe('input.unsupported-format');
    expect(r.problem.recognised).toBe('odt');
    expect(r.problem.message).toContain('.odt');
  });

  it('Excel workbook (.xlsx) → input.unsupported-format', async () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    const r = await refused(xlsx);
    expect(r.problem.recognised).toBe('xlsx');
  });

  it('plain text or an error page saved as .docx → input.unsupported-format', async () => {
    const r = await refused(strToU8('{"detail":"Not authenticated"}'));
    expect(r.problem.ruleId).toBe('input.unsupported-format');
    expect(r.problem.recognised).toBe('text');
  });

  it('a file over the size limit → input.too-large before anything is parsed', async () => {
    const s = sniff(fixture('plain.docx'), { limits: { maxBytes: 1000 } });
    expect(s.ok).toBe(false);
    if (!s.ok) {
      expect(s.problem.ruleId).toBe('input.too-large');
      expect(s.problem.message).toMatch(/quá lớn/);
    }
  });

  it('every refusal message is Vietnamese advice, not a stack trace', async () => {
    for (const b of [new Uint8Array(0), cfb('WordDocument'), strToU8('{\\rtf1}'), strToU8('<html><body>x</body></html>'), new Uint8Array([1, 2, 3, 0, 0, 255])]) {
      const r = await refused(b);
      expect(r.problem.message).toMatch(/^Tệp|^Không/);
      expect(r.problem.message).not.toMatch(/Error|undefined/);
    }
  });
});
