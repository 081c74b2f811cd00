// tthc.file.unreadable: the file cannot be read (broken, encrypted, unsupported) → fail; or it is
// image-only where a filled-in text form is expected → needs_review, unless clearly blank → fail.
import type { DossierKind, DossierObservation } from '../context.ts';

export const unreadable: DossierKind = {
  name: 'dossier-unreadable',
  description: 'Tệp hỏng, hoặc chỉ là ảnh ở chỗ cần biểu mẫu có chữ',
  evaluate(_rule, ctx) {
    const out: DossierObservation[] = [];
    for (const f of ctx.files) {
      const r = f.read;
      if (!r.ok && r.kind !== 'image') {
        out.push({
          status: 'fail',
          expected: 'tệp .docx/.pdf đọc được',
          found: r.problem?.recognised ?? r.problem?.ruleId ?? 'không đọc được',
          location: { file: r.name },
          vars: { file: r.name, reason: (r.problem?.message ?? 'tệp hỏng hoặc không đúng định dạng').replace(/[.\s]+$/, '') },
        });
        continue;
      }
      const t = f.recognition.target;
      const comp = t?.kind === 'component' ? ctx.components.find((s) => s.component.id === t.id)?.component : undefined;
      const textExpected = comp?.form?.textExpected === true;
      // Only where a filled-in form is expected: a blank photo of a presented ID is not worth decoding.
      if (r.imageOnly && textExpected) {
        const blank = r.isBlank() === true;
        out.push({
          status: blank ? 'fail' : 'needs_review',
          expected: textExpected ? 'biểu mẫu có chữ (điền trên máy)' : 'bản chụp có nội dung',
          found: blank ? 'trang trắng' : 'ảnh/bản quét, không có lớp chữ',
          location: { file: r.name },
          vars: {
            file: r.name,
            reason: blank
              ? 'tệp là ảnh/bản quét trắng, không có nội dung'
              : `tệp là ảnh/bản quét${comp ? ` của “${comp.name}”` : ''}, máy không đọc được nội dung; cán bộ kiểm tra bằng mắt`,
          },
        });
        continue;
      }
      out.push({ status: 'pass' });
    }
    return out;
  },
};
