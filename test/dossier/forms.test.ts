// form.placeholder, tthc.field.empty and form.field.format on recognised tờ khai .docx files.
import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.ts';

describe('tthc.field.empty', () => {
  it('lists every required field left blank in the birth tờ khai', async () => {
    const r = await check('1.001193', 'unfilled');
    const f = of(r, 'tthc.field.empty');
    expect(f.every((x) => x.status === 'fail' && x.severity === 'error' && x.component === 'form' && x.location?.file === 'tep-1.docx')).toBe(true);
    expect(f.map((x) => x.location?.field)).toEqual([
      'Họ, chữ đệm, tên người yêu cầu',
      'Số định danh cá nhân',
      'Nơi cư trú',
      'Họ, chữ đệm, tên',
      'Ngày, tháng, năm sinh',
      'Giới tính',
      'Nơi sinh',
    ]);
    // The mother's name was filled in: not reported.
    expect(f.some((x) => x.location?.field === 'Họ, chữ đệm, tên người mẹ')).toBe(false);
  });

  it('catches a label with nothing after it (no dots at all)', async () => {
    const r = await check('1.004222', 'unfilled');
    const f = of(r, 'tthc.field.empty').find((x) => x.location?.field === 'Số định danh cá nhân');
    expect(f?.found).toBe('để trống');
  });
});

describe('form.placeholder', () => {
  it('reports the other unfilled places, one per paragraph, not the required fields again', async () => {
    const r = await check('1.001193', 'unfilled');
    const texts = of(r, 'form.placeholder').map((x) => x.location?.text);
    expect(texts).toEqual(expect.arrayContaining(['Kính gửi: ……………………………', 'Làm tại: ……………, ngày …… tháng …… năm ……']));
    expect(texts.some((t) => t?.startsWith('Nơi sinh'))).toBe(false);
    const paragraphs = of(r, 'form.placeholder').map((x) => x.location?.paragraph);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });

  it('checks a self-made paper to be signed (no template fields) for placeholders', async () => {
    const r = await check('2.000884', 'unfilled');
    const f = of(r, 'form.placeholder');
    expect(f.length).toBeGreaterThanOrEqual(4);
    expect(f.map((x) => x.found)).toContain('[...]');
    expect(of(r, 'tthc.field.empty')).toEqual([]);
  });
});

describe('form.field.format', () => {
  it('flags an 11-digit citizen id and 30 February', async () => {
    const r = await check('1.001193', 'bad-format');
    const f = of(r, 'form.field.format');
    expect(f.map((x) => [x.location?.field, x.found])).toEqual([
      ['Số định danh cá nhân', '01909001234'],
      ['Ngày, tháng, năm sinh', '30/02/2026'],
    ]);
    expect(f[0].expected).toContain('12 chữ số');
  });

  it('flags a 7-digit phone number on CT01', async () => {
    const r = await check('1.004222', 'bad-format');
    expect(of(r, 'form.field.format').map((x) => x.location?.field)).toContain('Số điện thoại liên hệ');
  });

  it('accepts the filled-in values of the complete dossiers', async () => {
    const r = await check('1.004222', 'complete');
    expect(of(r, 'form.field.format')).toEqual([]);
  });
});
