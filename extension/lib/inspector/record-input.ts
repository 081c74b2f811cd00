// From the server's inspection (head, items, summary) and the form fields to the record's input.
import type { Pack } from '../../../rules/pack.ts';
import { defaultRecommendations, type RecordInput } from '../../../rules/inspection/record.ts';
import type { InspectionHead, InspectionItem, InspectionSummary, Unit } from './api.ts';

export interface RecordForm {
  agencyParent: string;
  agencyName: string;
  agencyAbbr: string;
  place: string;
  number: string;
  date: string;
  signerHead: string;
  signerName: string;
  recipients: string;
  /** Empty = the default recommendations from the findings. */
  recommendations: string;
}

export function defaultForm(unitName: string): RecordForm {
  return {
    agencyParent: 'ỦY BAN NHÂN DÂN TỈNH',
    agencyName: 'THANH TRA TỈNH',
    agencyAbbr: 'TTr',
    place: '',
    number: '01',
    date: new Date().toISOString().slice(0, 10),
    signerHead: 'TRƯỞNG ĐOÀN KIỂM TRA',
    signerName: '',
    recipients: `- ${unitName};\n- Lưu: VT, Đoàn KT.`,
    recommendations: '',
  };
}

export function recordInput(
  head: InspectionHead,
  items: InspectionItem[],
  summary: InspectionSummary,
  pack: Pack,
  units: Unit[],
  form: RecordForm,
): RecordInput {
  const name = (id: string) => units.find((u) => u.id === id)?.name || id;
  const unitName = name(head.unit);
  const rules = Object.entries(summary.machine.rules)
    .filter(([, r]) => r.fail > 0)
    .map(([id, r]) => {
      const spec = pack.rules.find((x) => x.id === id);
      return { id, title: spec?.title ?? id, legalRef: spec?.legalRef ?? '', documents: r.documents, fail: r.fail };
    })
    .sort((a, b) => b.documents - a.documents || a.id.localeCompare(b.id));
  const recs = form.recommendations.trim()
    ? form.recommendations.split('\n').map((s) => s.trim()).filter(Boolean)
    : defaultRecommendations({ unitName, rules });
  return {
    agency: { parent: form.agencyParent.trim() || undefined, name: form.agencyName.trim(), abbr: form.agencyAbbr.trim(), place: form.place.trim() || unitName },
    number: form.number.trim(),
    date: form.date,
    title: head.title,
    unitName,
    period: { from: head.from, to: head.to },
    seed: head.seed,
    population: head.population,
    items: items.map((i) => ({ pos: i.pos, unitName: name(i.unit), sha256: i.sha256, docType: i.machine.docType, errors: i.machine.errors, checkedAt: i.machine.checkedAt, verdict: i.verdict })),
    rules,
    recommendations: recs,
    signer: { head: form.signerHead.split('\n').map((s) => s.trim()).filter(Boolean), name: form.signerName.trim() },
    recipients: form.recipients.split('\n').map((s) => s.trim()).filter(Boolean),
  };
}
