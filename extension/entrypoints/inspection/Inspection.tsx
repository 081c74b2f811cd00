// Sampling and the inspection record: draw a seeded sample on the server, open each sampled
// document's summary, re-check the file locally, record verdicts, then print or save the record.
import { useEffect, useMemo, useState } from 'react';
import type { Pack } from '../../../rules/pack.ts';
import { nd30Pack } from '../../../rules/packs/index.ts';
import { recordContent } from '../../../rules/inspection/record.ts';
import type { Session } from '../../components/inspector/Guard.tsx';
import { Nav } from '../../components/inspector/Nav.tsx';
import { RecordView } from '../../components/inspector/RecordView.tsx';
import { download } from '../../lib/download.ts';
import type { InspectionHead, InspectionItem, InspectionSummary, Unit } from '../../lib/inspector/api.ts';
import { defaultForm, recordInput, type RecordForm } from '../../lib/inspector/record-input.ts';
import { ItemPanel } from './ItemPanel.tsx';

const today = () => new Date().toISOString().slice(0, 10);

export function Inspection({ session }: { session: Session }) {
  const { api, me, t } = session;
  const [units, setUnits] = useState<Unit[]>([]);
  const [pack, setPack] = useState<Pack>(nd30Pack);
  const [list, setList] = useState<InspectionHead[]>([]);
  const [draw, setDraw] = useState({ unit: me.unit, from: `${new Date().getFullYear()}-01-01`, to: today(), size: 10, seed: '', title: '' });
  const [current, setCurrent] = useState<{ head: InspectionHead; items: InspectionItem[] } | null>(null);
  const [summary, setSummary] = useState<InspectionSummary | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [error, setError] = useState('');
  const [form, setForm] = useState<RecordForm | null>(null);
  const [showRecord, setShowRecord] = useState(false);

  useEffect(() => {
    void api.units().then(setUnits, () => setUnits([]));
    void api.pack('nd30').then((p) => p && setPack(p));
    void api.inspections().then(setList, () => setList([]));
  }, [api]);

  const unitName = (id: string) => units.find((u) => u.id === id)?.name || id;

  async function load(id: string) {
    setError('');
    try {
      const r = await api.inspection(id);
      setCurrent({ head: r.inspection, items: r.items });
      setSummary(await api.summary(id));
      setForm((f) => f ?? defaultForm(unitName(r.inspection.unit)));
      setOpen(null);
      setShowRecord(false);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function drawSample() {
    setError('');
    try {
      const r = await api.createInspection({ ...draw, seed: draw.seed.trim() || undefined, title: draw.title.trim() || `Đợt kiểm tra ${unitName(draw.unit)}` });
      setList((l) => [r.inspection, ...l]);
      setForm(defaultForm(unitName(r.inspection.unit)));
      await load(r.inspection.id);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function saved(pos: number, item: InspectionItem) {
    setCurrent((c) => c && { ...c, items: c.items.map((i) => (i.pos === pos ? item : i)) });
    if (current) setSummary(await api.summary(current.head.id));
  }

  const content = useMemo(
    () => (current && summary && form ? recordContent(recordInput(current.head, current.items, summary, pack, units, form)) : null),
    [current, summary, form, pack, units],
  );

  const set = (k: keyof typeof draw) => (e: { target: { value: string } }) => setDraw((d) => ({ ...d, [k]: k === 'size' ? Number(e.target.value) : e.target.value }));
  const setF = (k: keyof RecordForm) => (e: { target: { value: string } }) => setForm((f) => f && { ...f, [k]: e.target.value });

  return (
    <main className="insp" data-testid="inspection">
      <Nav t={t} here="inspection" />
      <h1>{t.inspTitle}</h1>
      <section className="no-print">
        <h2>{t.newSample}</h2>
        <div className="filters">
          <label>
            {t.unit}
            <select data-testid="s-unit" value={draw.unit} onChange={set('unit')}>
              {(units.length ? units : [{ id: me.unit, name: me.unit, parent: null }]).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name || u.id}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.fromDay}
            <input type="date" data-testid="s-from" value={draw.from} onChange={set('from')} />
          </label>
          <label>
            {t.toDay}
            <input type="date" data-testid="s-to" value={draw.to} onChange={set('to')} />
          </label>
          <label>
            {t.sampleSize}
            <input type="number" min={1} max={500} data-testid="s-size" value={draw.size} onChange={set('size')} />
          </label>
          <label>
            {t.seed}
            <input type="text" data-testid="s-seed" value={draw.seed} onChange={set('seed')} placeholder={t.seedAuto} />
          </label>
          <label>
            {t.inspName}
            <input type="text" data-testid="s-title" value={draw.title} onChange={set('title')} />
          </label>
          <button className="primary" data-testid="s-draw" onClick={() => void drawSample()}>
            {t.draw}
          </button>
        </div>
        <label className="bar">
          {t.existing}
          <select data-testid="s-list" value={current?.head.id ?? ''} onChange={(e) => e.target.value && void load(e.target.value)} style={{ width: 'auto' }}>
            <option value="">—</option>
            {list.map((h) => (
              <option key={h.id} value={h.id}>
                {h.title} ({unitName(h.unit)}, {h.from} – {h.to}, mã {h.seed})
              </option>
            ))}
          </select>
        </label>
        {error && <p className="warn">{error}</p>}
      </section>

      {current && (
        <section className="no-print" data-testid="sample" data-id={current.head.id}>
          <h2>
            {t.sampleOf.replace('{n}', String(current.items.length)).replace('{pop}', String(current.head.population)).replace('{unit}', unitName(current.head.unit))} <code data-testid="sample-seed">{current.head.seed}</code>)
          </h2>
          {summary && (
            <p className="muted-text" data-testid="sample-progress">
              {t.progress.replace('{r}', String(summary.reviewed)).replace('{n}', String(summary.sampled)).replace('{m}', String(summary.machine.documentsWithError)).replace('{h}', String(summary.manual.documentsWithProblem))}
            </p>
          )}
          <table className="grid" data-testid="sample-table">
            <thead>
              <tr>
                <th>{t.colNo}</th>
                <th className="name">{t.unit}</th>
                <th className="name">{t.colSha}</th>
                <th>{t.docType}</th>
                <th>{t.colCheckedAt}</th>
                <th>{t.colErrors}</th>
                <th className="name">{t.colManual}</th>
              </tr>
            </thead>
            <tbody>
              {current.items.map((i) => (
                <tr key={i.pos} data-testid="sample-row" data-sha={i.sha256} className={open === i.pos ? 'sel' : ''}>
                  <td>{i.pos + 1}</td>
                  <td className="name">{unitName(i.unit)}</td>
                  <td className="name">
                    <button data-testid="open-item" onClick={() => setOpen(i.pos)} title={i.sha256}>
                      {i.sha256.slice(0, 12)}…
                    </button>
                  </td>
                  <td>{i.machine.docType ?? '—'}</td>
                  <td>{i.machine.checkedAt.slice(0, 10)}</td>
                  <td>{i.machine.errors}</td>
                  <td className="name" data-testid="verdict-state">
                    {i.verdict ? (Object.entries(i.verdict).some(([k, v]) => k !== 'note' && typeof v === 'object' && !v.ok) ? t.stProblem : t.stOk) : t.stPending}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {open !== null && (
            <ItemPanel
              key={open}
              session={session}
              pack={pack}
              inspectionId={current.head.id}
              item={current.items.find((i) => i.pos === open)!}
              onSaved={saved}
              onClose={() => setOpen(null)}
            />
          )}
        </section>
      )}

      {current && form && content && (
        <div className="record-wrap">
          <section className="no-print">
            <h2>{t.recordTitle}</h2>
            <div className="filters">
              {(
                [
                ['agencyParent', t.fParent, 'r-parent', 'text'],
                ['agencyName', t.fAgency, 'r-agency', 'text'],
                ['agencyAbbr', t.fAbbr, 'r-abbr', 'text'],
                ['place', t.fPlace, 'r-place', 'text'],
                ['number', t.fNumber, 'r-number', 'text'],
                ['date', t.fDate, 'r-date', 'date'],
                ['signerHead', t.fSignerHead, 'r-signer-head', 'text'],
                ['signerName', t.fSigner, 'r-signer', 'text'],
                ] as const
              ).map(([key, label, testId, type]) => (
                <label key={key}>
                  {label}
                  <input type={type} data-testid={testId} value={form[key]} onChange={setF(key)} />
                </label>
              ))}
            </div>
            <label>
              {t.fRecipients}
              <textarea data-testid="r-recipients" rows={3} value={form.recipients} onChange={setF('recipients')} />
            </label>
            <label>
              {t.fRecs}
              <textarea data-testid="r-recs" rows={3} value={form.recommendations} onChange={setF('recommendations')} />
            </label>
            <div className="bar actions">
              <button data-testid="r-show" onClick={() => setShowRecord(true)}>
                {t.showRecord}
              </button>
              <button
                data-testid="r-print"
                onClick={() => {
                  setShowRecord(true);
                  document.body.classList.add('print-record');
                  setTimeout(() => {
                    window.print();
                    document.body.classList.remove('print-record');
                  }, 50);
                }}
              >
                {t.printRecord}
              </button>
              <button
                data-testid="r-docx"
                onClick={async () => {
                  const { recordDocx } = await import('../../../rules/inspection/record-docx.ts');
                  const bytes = await recordDocx(recordInput(current.head, current.items, summary!, pack, units, form));
                  download(`bien-ban-kiem-tra-${current.head.unit}.docx`, new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
                }}
              >
                {t.docx}
              </button>
            </div>
          </section>
          {showRecord && <RecordView c={content} />}
        </div>
      )}
    </main>
  );
}
