// Every rule id of the ND30 pack: a planted fault is found (rule id, status, place) in the .docx
// and, where the rule is observable there, in the LibreOffice PDF; the clean documents pass it.
import { describe, expect, it } from 'vitest';
import { nd30Pack } from '../../rules/packs/index.ts';
import { VARIANTS, EXTRA_CLEAN } from '../fixtures/nd30/variants.ts';
import { CLEAN } from '../fixtures/nd30/docs.ts';
import { check, statuses } from './helpers.ts';

const CLEAN_NAMES = [...CLEAN.map((m) => m().name), ...EXTRA_CLEAN.map((e) => e.name)];

describe('each planted fault is reported by its rule id, status and place', () => {
  for (const v of VARIANTS) {
    for (const fmt of ['docx', 'pdf'] as const) {
      const want = v[fmt];
      if (want === 'skip') continue;
      it(`${v.rule} ← fail-${v.name}.${fmt} (${want}${v.severity ? `, ${v.severity}` : ''})`, async () => {
        const r = await check(`fail-${v.name}.${fmt}`);
        const fs = r.findings.filter((f) => f.ruleId === v.rule);
        if (want === 'flagged') expect(fs.length, JSON.stringify(r.findings.map((f) => f.ruleId))).toBeGreaterThan(0);
        else expect(fs.map((f) => f.status)).toContain(want);
        const where = fmt === 'pdf' && v.pdfWhere !== undefined ? v.pdfWhere : v.where;
        if (where) expect(fs.map((f) => f.location?.text ?? '').join(' | ')).toContain(where);
        if (v.severity) expect(fs.map((f) => f.severity)).toContain(v.severity);
        for (const f of fs) {
          expect(f.message.length).toBeGreaterThan(10);
          expect(f.legalRef).toBeTruthy();
        }
      });
    }
  }
});

describe('clean documents pass every rule', () => {
  for (const name of CLEAN_NAMES) {
    for (const fmt of ['docx', 'pdf'] as const) {
      it(`clean-${name}.${fmt}: no error finding, no rule fails`, async () => {
        const r = await check(`clean-${name}.${fmt}`);
        expect(r.findings.filter((f) => f.status === 'fail'), JSON.stringify(r.findings.filter((f) => f.status === 'fail'))).toEqual([]);
        expect(r.summary.errors).toBe(0);
        expect(r.docType?.code).toBeTruthy();
      });
    }
  }
  it('the seven required types are among the clean documents', () => {
    expect(CLEAN.map((m) => m().type).sort()).toEqual(['BC', 'CV', 'GM', 'KH', 'QĐ', 'TB', 'TTr'].sort());
  });
  it('every rule id has a failing fixture and is passed by some clean .docx', async () => {
    const passed = new Set<string>();
    for (const name of CLEAN_NAMES) for (const [id, st] of Object.entries(await statuses(`clean-${name}.docx`))) if (st === 'pass') passed.add(id);
    const failing = new Set(VARIANTS.map((v) => v.rule));
    const inputs = ['input.unsupported-format', 'input.encrypted', 'input.corrupt', 'input.scanned', 'input.too-large'];
    for (const r of nd30Pack.rules) {
      expect(passed.has(r.id), `${r.id} passes on a clean document`).toBe(true);
      if (!inputs.includes(r.id)) expect(failing.has(r.id), `${r.id} has a failing fixture`).toBe(true);
    }
  });
  it('clean PDFs of the same documents fail no rule the .docx passes', async () => {
    const st = await statuses('clean-qd.pdf');
    expect(Object.entries(st).filter(([, s]) => s === 'fail')).toEqual([]);
    expect(st['nd30.quoc-hieu.format']).toBe('pass');
    expect(st['nd30.font.family']).toBe('pass'); // Liberation Serif counts as Times New Roman
    expect(st['nd30.page.number']).toBe('pass');
  });
});

describe('locations', () => {
  it('a .docx finding names paragraph and section; a PDF finding names page and a bbox in points', async () => {
    const d = (await check('fail-body-size.docx')).findings.find((f) => f.ruleId === 'nd30.noi-dung.font-size')!;
    expect(d.location).toMatchObject({ section: 0 });
    expect(typeof d.location!.paragraph).toBe('number');
    expect(d.found).toBe('12 pt');
    expect(d.expected).toBe('13–14 pt');
    const p = (await check('fail-body-size.pdf')).findings.find((f) => f.ruleId === 'nd30.noi-dung.font-size')!;
    expect(p.location!.page).toBe(1);
    const [x0, y0, x1, y1] = p.location!.bbox!;
    expect(x0).toBeGreaterThan(80); // inside the 30 mm left margin (85 pt)
    expect(x1).toBeLessThan(560);
    expect(y1).toBeGreaterThan(y0);
  });
  it('a margin finding names the section and says the value in mm', async () => {
    const f = (await check('fail-margin-left.docx')).findings.find((x) => x.ruleId === 'nd30.page.margin-left')!;
    expect(f).toMatchObject({ status: 'fail', severity: 'error', found: '25 mm', expected: '30–35 mm', location: { section: 0 } });
    expect(f.message).toBe('Lề trái 25 mm; quy định 30–35 mm.');
    expect(f.legalRef).toBe('NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.3');
  });
});
