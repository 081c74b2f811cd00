// Reads a file through the shared readers and runs detection (test helper, no mocks).
import { readFileSync } from 'node:fs';
import { readDocument } from '../../rules/read/index.ts';
import { detect } from '../../rules/detect/index.ts';
import type { Detection, Piece } from '../../rules/detect/types.ts';
import type { DocumentModel } from '../../rules/model.ts';

export async function detectFile(path: string): Promise<{ model: DocumentModel; d: Detection } | null> {
  // A generous time budget: the first PDF read of a test file loads pdf.js cold.
  const r = await readDocument(new Uint8Array(readFileSync(path)), { limits: { timeMs: 60_000 } });
  if (!r.ok) return null;
  return { model: r.model, d: detect(r.model) };
}

export const txt = (p: Piece | null | undefined) => (p ? p.text : null);
export const txts = (ps: Piece[] | undefined) => (ps ?? []).map((p) => p.text);
/** Pieces joined with single spaces (a PDF prints one paragraph as several lines). */
export const joined = (ps: Piece[] | undefined) => txts(ps).join(' ').replace(/\s+/g, ' ').trim();
