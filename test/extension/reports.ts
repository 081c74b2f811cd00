// Real reports for the panel-logic tests: checkDocument on committed fixture files (no hand-made objects).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import type { Report } from '../../rules/report.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Fixtures other areas generate; tests use whichever exist, in this order. */
export const FIXTURES = [
  'test/fixtures/detect/out/qd-table.docx',
  'test/fixtures/detect/out/cv-textbox.docx',
  'test/fixtures/detect/out/qd-table.pdf',
  'test/fixtures/pdf/out/admin.docx',
  'test/fixtures/pdf/out/admin.pdf',
  'test/fixtures/pdf/out/scanned.pdf',
].filter((p) => existsSync(join(ROOT, p)));

export async function reportOf(rel: string): Promise<Report> {
  const bytes = new Uint8Array(readFileSync(join(ROOT, rel)));
  return checkDocument(bytes, nd30Pack, { file: rel.split('/').pop() });
}

/** Bytes that are no document at all: the batch must show them as a row with an input.* finding. */
export async function brokenReport(): Promise<Report> {
  const zipHead = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  return checkDocument(zipHead, nd30Pack, { file: 'hong.docx' });
}
