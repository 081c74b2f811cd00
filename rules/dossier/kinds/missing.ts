// tthc.component.missing: a component the case needs (required, triggered condition, one-of group,
// present-only paper that must be filed by post) has no file and is not provided otherwise.
import type { DossierKind, DossierObservation } from '../context.ts';
import { citeOf } from '../context.ts';

export const missing: DossierKind = {
  name: 'dossier-missing',
  description: 'Thành phần bắt buộc (theo trường hợp và điều kiện) không có tệp nào',
  evaluate(_rule, ctx) {
    const out: DossierObservation[] = [];
    const groups = new Map<string, typeof ctx.components>();
    for (const s of ctx.components) {
      if (s.need === 'one-of' && s.component.requirement.kind === 'one-of') {
        const g = s.component.requirement.group;
        groups.set(g, [...(groups.get(g) ?? []), s]);
        continue;
      }
      const needed = s.need === 'required' || s.need === 'conditional' || (s.need === 'present-only' && s.mustSubmit);
      if (!needed) {
        out.push({ status: 'not_applicable' });
        continue;
      }
      if (s.files.length > 0 || s.satisfiedByAnswers) {
        out.push({ status: 'pass' });
        continue;
      }
      const r = s.component.requirement;
      out.push({
        status: 'fail',
        expected: s.component.name,
        found: 'không có',
        location: { field: s.component.id },
        legalRef: citeOf(s.component),
        vars: {
          name: s.component.name,
          condition: r.kind === 'conditional' ? ` (vì ${r.label})` : s.need === 'present-only' ? ' (nộp qua bưu chính: bản sao có chứng thực)' : '',
        },
      });
    }
    for (const [, members] of groups) {
      if (members.some((m) => m.files.length > 0 || m.satisfiedByAnswers)) {
        out.push({ status: 'pass' });
        continue;
      }
      const name = members.map((m) => m.component.name).join(' hoặc ');
      out.push({
        status: 'fail',
        expected: name,
        found: 'không có',
        location: { field: members[0].component.id },
        legalRef: citeOf(members[0].component),
        vars: { name, condition: '' },
      });
    }
    return out;
  },
};
