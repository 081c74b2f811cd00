// Damaged input never crashes the reader: random byte flips, truncations and XML edits of a real
// fixture always give either a model or an input.* problem with a Vietnamese message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../rules/read/index.ts';
import type { ReadResult } from '../../rules/model.ts';

const plain = new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/readers/out/plain.docx')));
const files = unzipSync(plain);
const documentXml = strFromU8(files['word/document.xml']);

function wellFormed(r: ReadResult): boolean {
  if (r.ok) return r.model.paragraphs.every((p, i) => p.index === i) && r.model.sections.length > 0;
  return r.problem.ruleId.startsWith('input.') && /^(Tệp|Không)/.test(r.problem.message);
}

describe('damaged .docx files', () => {
  it('byte flips anywhere in the zip', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(plain.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), async (flips) => {
        const b = plain.slice();
        for (const [at, v] of flips) b[at] = v;
        expect(wellFormed(await readDocument(b))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('truncation at any length', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(plain.length - 1), async (n) => {
        const r = await readDocument(plain.subarray(0, n));
        expect(wellFormed(r)).toBe(true);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 80 },
    );
  });

  it('cuts and insertions inside word/document.xml', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(documentXml.length - 1),
        fc.nat(200),
        fc.constantFrom('', '<', '>', '&', '<w:p>', '</w:tbl>', '<w:fldChar w:fldCharType="end"/>', '<w:tc>', '"', ']]>', '<!ENTITY x "y">'),
        async (at, len, insert) => {
          const xml = documentXml.slice(0, at) + insert + documentXml.slice(at + len);
          const r = await readDocument(zipSync({ ...files, 'word/document.xml': strToU8(xml) }));
          expect(wellFormed(r)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
