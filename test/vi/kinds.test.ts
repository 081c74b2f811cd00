// The eight Vietnamese text rules on real files: the generated .docx fixtures and their
// LibreOffice PDFs, through the real reader, detection and evaluator with the ND30 pack.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../rules/read/index.ts';
import { detect } from '../../rules/detect/index.ts';
import { evaluate, type Evaluation } from '../../rules/evaluate.ts';
import { Pack } from '../../rules/pack.ts';
import { kinds } from '../../rules/kinds/index.ts';
import type { Finding } from '../../rules/report.ts';

const root = join(import.meta.dirname, '..', '..');
const OUT = join(root, 'test', 'fixtures', 'vi', 'out');
const pack = Pack.parse(JSON.parse(readFileSync(join(root, 'rules', 'packs', 'nd30.json'), 'utf8')));

const MINE = [
  'vi.spelling', 'vi.whitespace', 'vi.tone-style', 'nd30.viet-hoa.trich-dan', 'nd30.viet-hoa.co-quan',
  'nd30.viet-hoa.dia-danh', 'nd30.font.unicode', 'nd30.text.nfc',
] as const;

async function run(file: string): Promise<Evaluation> {
  const r = await readDocument(new Uint8Array(readFileSync(join(OUT, file))));
  if (!r.ok) throw new Error(`${file}: ${r.problem.message}`);
  return evaluate(pack, { model: r.model, detection: detect(r.model), problems: r.problems });
}
const of = (ev: Evaluation, id: string): Finding[] => ev.findings.filter((f) => f.ruleId === id);

/** What each failing fixture must report for its rule (found values, in order). */
const CASES: { file: string; rule: (typeof MINE)[number]; found: (string | RegExp)[]; pdf?: (string | RegExp)[] }[] = [
  { file: 'spelling-fail', rule: 'vi.spelling', found: ['nhaanj', 'vieejt', 'qúy', 'tie61ng'] },
  {
    file: 'whitespace-fail',
    rule: 'vi.whitespace',
    found: [/hai dấu cách.*xã␣␣đề/, /trước dấu câu.*quan␣,/, /thiếu dấu cách.*hạn;không/, /thiếu dấu cách.*trễ\.Trân/],
    pdf: [/trước dấu câu.*quan␣,/, /thiếu dấu cách.*hạn;không/, /thiếu dấu cách.*trễ\.Trân/],
  },
  { file: 'tone-style-fail', rule: 'vi.tone-style', found: ['hoà'] },
  { file: 'trich-dan-fail', rule: 'nd30.viet-hoa.trich-dan', found: ['Khoản 2', 'điều 5', 'Điểm a', 'chương II'] },
  { file: 'co-quan-fail', rule: 'nd30.viet-hoa.co-quan', found: ['Ủy Ban', 'Nhân Dân', 'Tài Chính', 'Môi Trường'] },
  { file: 'dia-danh-fail', rule: 'nd30.viet-hoa.dia-danh', found: ['Tỉnh Nam Định', 'Xã Tân Long', 'quận 3', 'thành phố Hồ Chí Minh'] },
  { file: 'unicode-tcvn3-font', rule: 'nd30.font.unicode', found: ['phông ".VnTime"'], pdf: [/^chữ "C¸c c¬ quan/] },
  { file: 'unicode-tcvn3-text', rule: 'nd30.font.unicode', found: [/^chữ "C¸c c¬ quan/] },
  { file: 'unicode-vni-font', rule: 'nd30.font.unicode', found: ['phông "VNI-Times"'], pdf: [/^chữ "Caùc cô quan/] },
  { file: 'nfc-fail', rule: 'nd30.text.nfc', found: [/từ dấu rời: Ủy, nhân, dân/], pdf: [/từ dấu rời/] },
];

describe('Vietnamese text rules on the generated fixtures', () => {
  beforeAll(() => {
    if (!existsSync(join(OUT, 'clean.docx'))) throw new Error('run: npx tsx test/fixtures/vi/make.ts');
  });

  for (const ext of ['docx', 'pdf']) {
    it(`clean.${ext} passes all eight rules`, async () => {
      const ev = await run(`clean.${ext}`);
      for (const id of MINE) {
        expect(of(ev, id), id).toEqual([]);
        expect(ev.statuses[id], id).toBe('pass');
      }
    });

    for (const c of CASES) {
      it(`${c.file}.${ext} fails ${c.rule} at each place, and only that rule of the eight`, async () => {
        const ev = await run(`${c.file}.${ext}`);
        const fs = of(ev, c.rule);
        const want = ext === 'pdf' && c.pdf ? c.pdf : c.found;
        expect(fs.map((f) => f.status)).toEqual(want.map(() => 'fail'));
        fs.forEach((f, i) => {
          const w = want[i];
          if (typeof w === 'string') expect(f.found).toBe(w);
          else expect(f.found).toMatch(w);
          // Located: the paragraph (and, in a PDF, the page and box) plus the words around the place.
          expect(f.location?.paragraph).toBeTypeOf('number');
          expect(f.location?.text).toBeTruthy();
          if (ext === 'pdf') {
            expect(f.location?.page).toBe(1);
            expect(f.location?.bbox).toHaveLength(4);
          }
          expect(f.message).not.toMatch(/\{\w+\}/);
        });
        for (const id of MINE) if (id !== c.rule) expect(of(ev, id), `${c.file}.${ext}: ${id}`).toEqual([]);
      });
    }
  }

  for (const ext of ['docx', 'pdf']) {
    it(`tone-style-new-pass.${ext}: a body in the new style under the fixed Quốc hiệu "HÒA" is one style`, async () => {
      const ev = await run(`tone-style-new-pass.${ext}`);
      for (const id of MINE) expect(of(ev, id), id).toEqual([]);
      expect(ev.statuses['vi.tone-style']).toBe('pass');
    });
  }

  it('english.docx: passages in another language are not judged for Vietnamese spelling', async () => {
    const ev = await run('english.docx');
    expect(of(ev, 'vi.spelling')).toEqual([]); // the Vietnamese header is checked, the English passages are not
    expect(ev.statuses['vi.spelling']).toBe('pass');
  });

  it('messages say what was found and what is expected, in Vietnamese', async () => {
    const ev = await run('spelling-fail.docx');
    const [telex, , misplaced] = of(ev, 'vi.spelling');
    expect(telex.message).toBe('Từ "nhaanj" là phím gõ kiểu Telex còn sót (có lẽ là "nhận").');
    expect(telex.expected).toBe('nhận');
    expect(misplaced.message).toBe('Từ "qúy" không phải âm tiết tiếng Việt: dấu thanh đặt sai vị trí (có lẽ là "quý").');
    const tone = of(await run('tone-style-fail.docx'), 'vi.tone-style')[0];
    expect(tone.expected).toBe('hòa');
    expect(tone.message).toMatch(/kiểu cũ \(hòa, thủy\).*"hoà".*kiểu mới/);
    const enc = of(await run('unicode-tcvn3-font.docx'), 'nd30.font.unicode')[0];
    expect(enc.severity).toBe('error');
    expect(enc.message).toBe('Văn bản dùng bảng mã cũ TCVN3 (ABC) (phông ".VnTime"); phải dùng phông Unicode theo TCVN 6909:2001.');
    expect(enc.location?.text).toBe('Các cơ quan, đơn vị thực hiện đúng thời hạn được giao.');
    const vni = of(await run('unicode-vni-font.pdf'), 'nd30.font.unicode')[0];
    expect(vni.message).toMatch(/^Văn bản dùng bảng mã cũ VNI \(chữ "Caùc/);
    expect(vni.location?.text).toBe('Các cơ quan, đơn vị thực hiện đúng thời hạn.');
  });
});

describe('a document without a text layer', () => {
  const scanned = join(root, 'test', 'fixtures', 'pdf', 'out', 'scanned.pdf');
  it.runIf(existsSync(scanned))('makes every Vietnamese text kind say needs_review, never pass', async () => {
    const r = await readDocument(new Uint8Array(readFileSync(scanned)));
    if (!r.ok) throw new Error(r.problem.message);
    const detection = detect(r.model);
    for (const id of MINE) {
      const rule = pack.rules.find((x) => x.id === id)!;
      const obs = kinds[rule.kind].evaluate(rule, { model: r.model, detection });
      expect(obs.map((o) => o.status), id).toEqual(['needs_review']);
    }
  });
});
