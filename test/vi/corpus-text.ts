// Text of the real Vietnamese files in /work/shared/corpus/vi (tests only): pdftotext for PDFs,
// the w:t runs of word/document.xml for .docx. Read in place, never copied.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

export const CORPUS_VI = '/work/shared/corpus/vi';

function docxText(file: string): string | null {
  try {
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']);
    return xml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  } catch {
    return null; // not a zip (a .doc renamed, a broken file)
  }
}

function pdfText(file: string): string | null {
  try {
    return execFileSync('pdftotext', [file, '-'], { maxBuffer: 1e8, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  } catch {
    return null;
  }
}

/** File name → its lines of text, for every readable .docx and .pdf of the corpus. */
export function corpusTexts(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(CORPUS_VI)) return out;
  for (const f of readdirSync(CORPUS_VI).sort()) {
    const p = join(CORPUS_VI, f);
    const text = f.endsWith('.pdf') ? pdfText(p) : f.endsWith('.docx') ? docxText(p) : null;
    if (text) out.set(f, text.split('\n'));
  }
  return out;
}
