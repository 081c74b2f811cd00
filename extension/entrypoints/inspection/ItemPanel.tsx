// One sampled document: the machine's summary, a local re-check of the file (it never leaves this
// machine), and the inspector's verdict per checklist item with notes (saved on the server).
import { useState } from 'react';
import type { Pack } from '../../../rules/pack.ts';
import type { Report } from '../../../rules/report.ts';
import { CHECKLIST_KEYS, CHECKLIST_LABELS } from '../../../rules/inspection/record.ts';
import type { Session } from '../../components/inspector/Guard.tsx';
import { checkFile } from '../../lib/checker.ts';
import type { InspectionItem, Verdict } from '../../lib/inspector/api.ts';
import type { InspectorDict } from '../../lib/inspector/i18n.ts';

const emptyVerdict = (): Verdict => ({ signingAuthority: { ok: true }, seal: { ok: true }, recipients: { ok: true }, content: { ok: true } });

export function ItemPanel({
  session,
  pack,
  inspectionId,
  item,
  onSaved,
  onClose,
}: {
  session: Session;
  pack: Pack;
  inspectionId: string;
  item: InspectionItem;
  onSaved: (pos: number, item: InspectionItem) => void;
  onClose: () => void;
}) {
  const { api, t } = session;
  const [v, setV] = useState<Verdict>(item.verdict ?? emptyVerdict());
  const [state, setState] = useState('');
  const [local, setLocal] = useState<{ report: Report; same: boolean } | { error: string } | null>(null);
  const title = (id: string) => pack.rules.find((r) => r.id === id)?.title ?? id;
  const rows = Object.entries(item.machine.counts).filter(([, c]) => c.fail + c.needsReview > 0);

  async function recheck(f: File | undefined) {
    if (!f) return;
    setLocal(null);
    try {
      const { report } = await checkFile(f, { enforce: pack });
      setLocal({ report, same: report.sha256 === item.sha256 });
    } catch (e) {
      setLocal({ error: (e as Error).message });
    }
  }

  async function save() {
    setState('…');
    try {
      const clean: Verdict = { ...v, note: v.note?.trim() || undefined };
      for (const k of CHECKLIST_KEYS) clean[k] = { ok: v[k].ok, ...(v[k].note?.trim() ? { note: v[k].note!.trim() } : {}) };
      await api.saveVerdict(inspectionId, item.pos, clean);
      setState(t.saved);
      onSaved(item.pos, { ...item, verdict: clean, verdictAt: new Date().toISOString() });
    } catch (e) {
      setState(`${t.saveFailed}: ${(e as Error).message}`);
    }
  }

  return (
    <section className="drill" data-testid="item-panel" data-pos={item.pos}>
      <div className="bar">
        <h3 style={{ flex: 1 }}>
          {t.itemHead.replace('{n}', String(item.pos + 1)).replace('{type}', item.machine.docType ?? t.typeUnknown).replace('{at}', item.machine.checkedAt).replace('{pack}', `${item.machine.pack.id} ${item.machine.pack.version}`)}
        </h3>
        <button onClick={onClose}>{t.close}</button>
      </div>
      <p className="muted-text">Mã sha256: {item.sha256}</p>
      <h3>{t.machine}</h3>
      {rows.length ? (
        <table className="grid" data-testid="item-machine">
          <thead>
            <tr>
              <th className="name">{t.rule}</th>
              <th>{t.colFail}</th>
              <th>{t.colReview}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, c]) => (
              <tr key={id}>
                <td className="name" title={id}>
                  {title(id)}
                </td>
                <td>{c.fail}</td>
                <td>{c.needsReview}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.noErrors}</p>
      )}
      <h3>{t.recheck}</h3>
      <input type="file" accept=".docx,.pdf" data-testid="item-file" onChange={(e) => void recheck(e.target.files?.[0])} />
      {local && 'error' in local && <p className="warn">{t.recheckFailed}: {local.error}</p>}
      {local && 'report' in local && (
        <div data-testid="item-recheck" data-same={local.same ? 'yes' : 'no'}>
          <p className={local.same ? 'note' : 'warn'}>
            {local.same ? t.same : t.notSame} {t.recheckCounts.replace('{e}', String(local.report.summary.errors)).replace('{w}', String(local.report.summary.warnings))}
          </p>
          <ul>
            {local.report.findings
              .filter((f) => f.status === 'fail')
              .slice(0, 20)
              .map((f, i) => (
                <li key={i}>
                  {f.message} <span className="muted-text">({f.legalRef})</span>
                </li>
              ))}
          </ul>
        </div>
      )}
      <h3>{t.manual}</h3>
      <div className="verdict">
        <div className="checks">
          {CHECKLIST_KEYS.map((k) => (
            <Row key={k} label={CHECKLIST_LABELS[k]} k={k} v={v} setV={setV} t={t} />
          ))}
        </div>
        <label>
          {t.noteAll}
          <textarea data-testid="v-note" rows={2} value={v.note ?? ''} onChange={(e) => setV({ ...v, note: e.target.value })} />
        </label>
        <div className="bar actions">
          <button className="primary" data-testid="v-save" onClick={() => void save()}>
            {t.save}
          </button>
          <span data-testid="v-state">{state}</span>
        </div>
      </div>
    </section>
  );
}

function Row({ label, k, v, setV, t }: { label: string; k: (typeof CHECKLIST_KEYS)[number]; v: Verdict; setV: (v: Verdict) => void; t: InspectorDict }) {
  return (
    <>
      <span>{label}</span>
      <select data-testid={`v-${k}`} value={v[k].ok ? 'ok' : 'no'} onChange={(e) => setV({ ...v, [k]: { ...v[k], ok: e.target.value === 'ok' } })}>
        <option value="ok">{t.ok}</option>
        <option value="no">{t.notOk}</option>
      </select>
      <input type="text" data-testid={`v-${k}-note`} placeholder={t.notePh} value={v[k].note ?? ''} onChange={(e) => setV({ ...v, [k]: { ...v[k], note: e.target.value } })} />
    </>
  );
}
