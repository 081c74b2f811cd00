// The eight Vietnamese text kinds on the real files of /work/shared/corpus/vi, through the real
// reader and detection: they never throw, scans say needs_review, the decree's own text is clean
// for spelling and capitalisation, and a template that only names .VnTime in its styles is not flagged.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../rules/read/index.ts';
import { detect } from '../../rules/detect/index.ts';
import { Pack } from '../../rules/pack.ts';
import { kinds } from '../../rules/kinds/index.ts';
import type { Observation } from '../../rules/kinds/types.ts';
import { CORPUS_VI } from './corpus-text.ts';

const root = join(import.meta.dirname, '..', '..');
const pack = Pack.parse(JSON.parse(readFileSync(join(root, 'rules', 'packs', 'nd30.json'), 'utf8')));
const MINE = pack.rules.filter((r) => /^(vi\.|nd30\.viet-hoa\.|nd30\.font\.unicode$|nd30\.text\.nfc$)/.test(r.id));

async function observe(file: string): Promise<Record<string, Observation[]> | null> {
  const r = await readDocument(new Uint8Array(readFileSync(join(CORPUS_VI, file))));
  if (!r.ok) return null;
  const detection = detect(r.model);
  return Object.fromEntries(MINE.map((rule) => [rule.id, kinds[rule.kind].evaluate(rule, { model: r.model, detection })]));
}
const fails = (obs: Observation[]) => obs.filter((o) => o.status === 'fail');

const files = existsSync(CORPUS_VI) ? readdirSync(CORPUS_VI).filter((f) => /\.(docx|pdf)$/.test(f)).sort() : [];

describe.runIf(files.length)('Vietnamese text kinds on the real corpus', () => {
  it('has the eight rules in the pack', () => expect(MINE).toHaveLength(8));

  it.each(files)('%s: every kind returns valid observations', async (file) => {
    const obs = await observe(file);
    if (!obs) return; // refused by the reader (input.*): not these rules' business
    for (const [id, list] of Object.entries(obs)) {
      expect(list.length, id).toBeGreaterThan(0);
      for (const o of list) expect(['fail', 'needs_review', 'pass', 'not_applicable'], id).toContain(o.status);
    }
    const summary = Object.entries(obs).map(([id, l]) => `${id}:${fails(l).length}`).filter((s) => !s.endsWith(':0'));
    if (summary.length) console.log(`${file.slice(0, 70)} → ${summary.join(' ')}`);
  });

  it('the decree (30/2020/NĐ-CP, .docx) has no spelling or capitalisation finding', async () => {
    const obs = (await observe('ericphan28__van-ban-plus__30_2020_ND_CP.docx'))!;
    for (const id of ['vi.spelling', 'nd30.viet-hoa.trich-dan', 'nd30.viet-hoa.co-quan', 'nd30.viet-hoa.dia-danh', 'nd30.font.unicode']) {
      expect(fails(obs[id]), id).toEqual([]);
    }
  });

  it('the decree\'s Phụ lục II keeps "Phường Điện Biên Phủ" (a unit named after an event)', async () => {
    const obs = (await observe('ericphan28__van-ban-plus__Phuluc2.docx'))!;
    expect(fails(obs['nd30.viet-hoa.dia-danh'])).toEqual([]);
  });

  it('a real document whose styles name .VnTime but whose text runs are Times New Roman is not flagged', async () => {
    // Header/footer styles of this template say .VnTime; every visible run overrides it (the reader
    // resolves the font actually used), so there is no legacy text to report.
    const obs = (await observe('longnguyencoder__mauvanban__3c483ccd9427402888778b2eeecb7bfa_20251218_151532.docx'))!;
    expect(obs['nd30.font.unicode']).toEqual([{ status: 'pass' }]);
  });

  it('an English document (corpus/docx) is not judged for Vietnamese spelling', async () => {
    const file = join(CORPUS_VI, '..', 'docx', 'EricWhiteDev__Open-Xml-PowerTools__HC048-Excerpt.docx');
    const r = await readDocument(new Uint8Array(readFileSync(file)));
    if (!r.ok) throw new Error(r.problem.message);
    const rule = MINE.find((x) => x.id === 'vi.spelling')!;
    const obs = kinds[rule.kind].evaluate(rule, { model: r.model, detection: detect(r.model) });
    expect(obs).toEqual([{ status: 'not_applicable', found: 'văn bản không viết bằng tiếng Việt' }]);
  });

  it('a scanned decision (no text layer) makes every kind say needs_review', async () => {
    const obs = (await observe('aitechdev79__sus_agri_mekong__222-ttg.signed.pdf'))!;
    for (const [id, list] of Object.entries(obs)) expect(list.map((o) => o.status), id).toEqual(['needs_review']);
  });
});
