// tthc.component.outdated: the file is a paper the office may no longer demand (parents' marriage
// certificate for khai sinh since NĐ 07/2025; sổ hộ khẩu since Luật Cư trú 2020).
import type { DossierKind, DossierObservation } from '../context.ts';

export const outdated: DossierKind = {
  name: 'dossier-outdated',
  description: 'Giấy tờ không còn được yêu cầu theo quy định hiện hành',
  evaluate(_rule, ctx) {
    const out: DossierObservation[] = [];
    for (const f of ctx.files) {
      const t = f.recognition.target;
      const o = t?.kind === 'outdated' ? ctx.outdated.find((x) => x.id === t.id) : undefined;
      if (!o) continue;
      if (ctx.receivedOn < o.since) {
        out.push({ status: 'pass' });
        continue;
      }
      out.push({
        status: f.recognition.confidence >= 0.6 ? 'fail' : 'needs_review',
        expected: 'không yêu cầu',
        found: o.name,
        location: { file: f.read.name },
        legalRef: o.legalRef,
        vars: { file: f.read.name, name: o.name, since: o.since.split('-').reverse().join('/') },
      });
    }
    if (out.length === 0) out.push({ status: 'pass' });
    return out;
  },
};
