// The inspection record .docx passes our own ND 30 checker with no error, and says what the record says.
import { expect, test } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { recordContent } from '../../rules/inspection/record.ts';
import { recordDocx } from '../../rules/inspection/record-docx.ts';
import { sampleInput } from './sample-input.ts';

test('the record .docx has no error finding under nd30', async () => {
  const bytes = await recordDocx(sampleInput());
  mkdirSync(join(import.meta.dirname, '../artifacts'), { recursive: true });
  writeFileSync(join(import.meta.dirname, '../artifacts/bien-ban-kiem-tra.docx'), bytes);
  const report = await checkDocument(bytes, nd30Pack, { file: 'bien-ban.docx' });
  const errors = report.findings.filter((f) => f.severity === 'error' && f.status === 'fail');
  expect(errors.map((f) => `${f.ruleId}: ${f.message} (${f.found ?? ''})`)).toEqual([]);
  expect(report.docType?.code).toBe('BB');
});

test('the record content carries the figures: sample, shares per rule, verdicts, recommendations', () => {
  const c = recordContent(sampleInput());
  const text = c.body.map((b) => (b.kind === 'p' ? b.text : [b.head, ...b.rows].map((r) => r.join(' | ')).join('\n'))).join('\n');
  expect(c.header.number).toBe('Số: 12/BB-TTr');
  expect(c.header.placeDate).toBe('Bình Minh, ngày 20 tháng 11 năm 2026');
  expect(text).toContain('Có 5/10 văn bản trong mẫu có ít nhất một lỗi thể thức (50,0%)');
  expect(text).toContain('1) Lề trái 30–35 mm: 4 văn bản (40,0% số văn bản trong mẫu), 4 lỗi; căn cứ: NĐ 30/2020/NĐ-CP');
  expect(text).toContain('Thẩm quyền ký | 5 | 1 | 4');
  expect(text).toContain('Phó Chủ tịch ký thay nhưng thiếu chữ KT.');
  expect(text).toContain('III. KIẾN NGHỊ');
  expect(text).toContain('3 | TB | aaaaaaaaaaaa | 12/03/2026 | 1 | Có vấn đề');
});
