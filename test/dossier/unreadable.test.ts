// tthc.file.unreadable: broken files fail; an image-only file where a filled-in form is expected
// needs review, unless it is clearly blank (then it fails); a scanned copy to certify is fine.
import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.ts';

describe('tthc.file.unreadable', () => {
  it('fails a broken PDF and says why', async () => {
    const r = await check('1.001193', 'broken');
    const [f, ...rest] = of(r, 'tthc.file.unreadable');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', location: { file: 'tep-3.pdf' } });
    expect(f.message).toMatch(/Không đọc được tệp “tep-3\.pdf”: \S/);
    expect(r.files.find((x) => x.name === 'tep-3.pdf')?.readable).toBe(false);
  });

  it('sends a scanned tờ khai (image-only PDF) to review, recognised by its file name', async () => {
    const r = await check('1.001193', 'scan');
    const [f] = of(r, 'tthc.file.unreadable');
    expect(f).toMatchObject({ status: 'needs_review', location: { file: 'to-khai-khai-sinh-scan.pdf' } });
    expect(r.report.summary.needsReview).toBe(1);
    expect(r.report.summary.errors).toBe(0);
    expect(r.files.find((x) => x.name === 'to-khai-khai-sinh-scan.pdf')).toMatchObject({ assignedTo: 'to-khai', by: 'file-name', imageOnly: true });
  });

  it('fails a clearly blank photo of the tờ khai', async () => {
    const r = await check('1.001193', 'blank-scan');
    const [f] = of(r, 'tthc.file.unreadable');
    expect(f).toMatchObject({ status: 'fail', found: 'trang trắng', location: { file: 'to-khai-khai-sinh.png' } });
  });

  it('accepts a scan as the copy to certify', async () => {
    const r = await check('2.000815', 'scan');
    expect(r.report.findings).toEqual([]);
    expect(r.files[0]).toMatchObject({ name: 'ban-sao-scan.pdf', assignedTo: 'ban-sao', imageOnly: true });
  });
});
