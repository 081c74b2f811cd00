// tthc.component.count: where the dossier declares counts (Mẫu 01 table, portal rows), the
// originals / certified copies / photocopies per component must equal the catalogue's.
import type { DossierKind, DossierObservation } from '../context.ts';
import { citeOf, fmtCopies } from '../context.ts';

export const count: DossierKind = {
  name: 'dossier-count',
  description: 'Số bản chính / chứng thực / photo khác danh mục',
  evaluate(_rule, ctx) {
    const out: DossierObservation[] = [];
    for (const [id, declared] of Object.entries(ctx.declaredCounts)) {
      const s = ctx.components.find((x) => x.component.id === id);
      if (!s || s.component.role === 'present') continue; // present-only papers: that rule speaks
      const want = s.component.copies;
      const same = (declared.original ?? 0) === want.original && (declared.certified ?? 0) === want.certified && (declared.photocopy ?? 0) === want.photocopy;
      if (same) {
        out.push({ status: 'pass' });
        continue;
      }
      out.push({
        status: 'fail',
        expected: fmtCopies(want),
        found: fmtCopies(declared),
        location: { field: id },
        legalRef: citeOf(s.component),
        vars: { name: s.component.name },
      });
    }
    if (out.length === 0) out.push({ status: 'not_applicable' });
    return out;
  },
};
