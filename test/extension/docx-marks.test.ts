// Preview marks on real documents: mammoth's HTML blocks against the findings of checkDocument.
// A mark must sit on a block that shows the finding's text, or not be placed at all (text boxes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { findBlock } from '../../extension/lib/docx-marks.ts';
import { ROOT, reportOf } from './reports.ts';

const FILES = ['test/fixtures/pdf/out/admin.docx', 'test/fixtures/readers/out/textbox.docx', 'test/fixtures/detect/out/cv-textbox.docx', 'test/fixtures/detect/out/kh-textbox.docx', 'test/fixtures/detect/out/qd-table.docx'];

const strip = (h: string) =>
  h.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
// The block elements the panel marks (p, h1–h6, li), in document order, with their text.
async function blocksOf(rel: string) {
  const html = (await mammoth.convertToHtml({ buffer: readFileSync(join(ROOT, rel)) }, { ignoreEmptyParagraphs: false })).value;
  return [...html.matchAll(/<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({ textContent: strip(m[2]!) }));
}
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

describe('findBlock on real reports', () => {
  for (const rel of FILES) {
    it(rel.split('/').pop()!, async () => {
      const [report, blocks] = await Promise.all([reportOf(rel), blocksOf(rel)]);
      const located = report.findings.filter((f) => f.location?.paragraph !== undefined && f.location.text);
      let marked = 0;
      for (const f of located) {
        const at = findBlock(blocks, f.location!.paragraph, f.location!.text);
        if (at < 0) continue;
        marked++;
        expect(norm(blocks[at]!.textContent), `${f.ruleId} @${f.location!.paragraph}`).toContain(norm(f.location!.text!).slice(0, 60));
      }
      if (located.length) expect(marked).toBeGreaterThan(0);
    });
  }

  it('text-box paragraphs (absent from mammoth) get no mark rather than a wrong one', async () => {
    const blocks = await blocksOf('test/fixtures/detect/out/cv-textbox.docx');
    // "Số: 215/SNV-CCVC" lives in a text box at paragraph 4; block 4 is an empty body paragraph.
    expect(findBlock(blocks, 4, 'Số: 215/SNV-CCVC')).toBe(-1);
    // A body paragraph after the text boxes is found by its text despite the shifted index.
    const at = findBlock(blocks, 18, 'Kính gửi:');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(blocks[at]!.textContent).toBe('Kính gửi:');
  });
});
