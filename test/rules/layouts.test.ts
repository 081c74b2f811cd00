// The same rules on other header layouts: the detection fixtures (committed by test/fixtures/detect/make.ts)
// put the header in text boxes, tab-separated lines or plain flow. Their clean documents must not fail
// any error rule either, in .docx or in the LibreOffice PDF.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { Report } from '../../rules/report.ts';
import { warmUp } from '../../cli/lib/warmup.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'detect', 'out');
const CLEAN = ['bc-table', 'cv-textbox', 'gm-table', 'kh-textbox', 'qd-table', 'tb-tabs', 'ttr-tabs', 'ggt-flow'];

describe.skipIf(!existsSync(DIR))('header in tables, text boxes, tabs and flow', () => {
  for (const name of CLEAN) {
    for (const fmt of ['docx', 'pdf']) {
      const file = join(DIR, `${name}.${fmt}`);
      it.skipIf(!existsSync(file))(`${name}.${fmt}: no error finding`, async () => {
        await warmUp(nd30Pack);
        const r = Report.parse(await checkDocument(new Uint8Array(readFileSync(file)), nd30Pack, { file: name }));
        const errors = r.findings.filter((f) => f.status === 'fail' && f.severity === 'error');
        expect(errors, JSON.stringify(errors.map((f) => [f.ruleId, f.found]))).toEqual([]);
        expect(r.docType).not.toBeNull();
      });
    }
  }
});
