// tthc.component.present-only: a paper that is only presented at the desk (ID, residence proof)
// was filed/uploaded, or the dossier declares copies of it, outside the cases where it must be filed.
import type { DossierKind, DossierObservation } from '../context.ts';
import { citeOf } from '../context.ts';

export const presentOnly: DossierKind = {
  name: 'dossier-present-only',
  description: 'Giấy tờ chỉ xuất trình lại bị nộp/tải lên',
  evaluate(_rule, ctx) {
    const out: DossierObservation[] = [];
    for (const s of ctx.components) {
      if (s.component.role !== 'present') continue;
      if (s.mustSubmit) {
        out.push({ status: 'not_applicable' });
        continue;
      }
      const declared = ctx.declaredCounts[s.component.id];
      const declaredCopies = declared ? (declared.certified ?? 0) + (declared.photocopy ?? 0) : 0;
      if (s.files.length === 0 && declaredCopies === 0) {
        out.push({ status: 'pass' });
        continue;
      }
      const files = s.files.map((f) => f.read.name);
      for (const f of files.length ? files : [undefined]) {
        out.push({
          status: 'fail',
          expected: 'xuất trình bản chính khi tiếp nhận, không nộp',
          found: f ? `tệp “${f}”` : `khai ${declaredCopies} bản sao`,
          location: f ? { file: f, field: s.component.id } : { field: s.component.id },
          legalRef: citeOf(s.component),
          vars: { name: s.component.name, file: f ?? '' },
        });
      }
    }
    if (out.length === 0) out.push({ status: 'not_applicable' });
    return out;
  },
};
