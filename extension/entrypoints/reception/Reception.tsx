// "Tiếp nhận hồ sơ": the one-stop clerk's reception check. Files are read and checked in a worker
// on this machine; only counts per rule (procedure code as the type) go to the statistics.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { defaultCatalogue, procedureInForce, type Procedure } from '../../../rules/dossier/index.ts';
import { supplementFormInstead } from '../../../rules/dossier/mau02.ts';
import { ComponentList } from '../../components/reception/ComponentList.tsx';
import { DropZone } from '../../components/DropZone.tsx';

// A dossier holds documents and photos of papers.
const DOSSIER_FILES = '.docx,.pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,image/*,application/pdf';
import { ProcedurePicker } from '../../components/reception/ProcedurePicker.tsx';
import { Questions } from '../../components/reception/Questions.tsx';
import { Summary } from '../../components/reception/Summary.tsx';
import { download } from '../../lib/download.ts';
import { enqueue, newClientId } from '../../lib/outbox.ts';
import { PortalPanel } from '../../components/reception/PortalPanel.tsx';
import { PortalSites } from '../../components/reception/PortalSites.tsx';
import { checkReception, mau02Docx, resetReception, type ReceptionResult } from '../../lib/reception/client.ts';
import { receptionStrings } from '../../lib/reception/strings.ts';
import { dossierSummary } from '../../lib/reception/summary.ts';
import { loadSettings, type Settings } from '../../lib/settings.ts';
import { clientVersion, sendStats } from '../../lib/sync.ts';
import { lastPortal, type PortalState } from '../../lib/portal/state.ts';

const FORM_KEY = 'receptionForm';
interface FormInfo {
  parentAgency: string;
  place: string;
  clerkName: string;
}

export function Reception() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [assignments, setAssignments] = useState<Record<string, string>>({});
  const [names, setNames] = useState<string[]>([]);
  const [result, setResult] = useState<ReceptionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState<FormInfo>({ parentAgency: '', place: '', clerkName: '' });
  const [portal, setPortal] = useState<PortalState | null>(null);
  // Opened inside the side panel (from its button) rather than in a tab.
  const inPanel = new URLSearchParams(location.search).get('in') === 'panel';

  useEffect(() => {
    loadSettings().then(setSettings);
    browser.storage.local.get(FORM_KEY).then((g) => g[FORM_KEY] && setForm(g[FORM_KEY] as FormInfo));
    const code = new URLSearchParams(location.search).get('procedure');
    if (code) pick(code);
    const poll = () => lastPortal().then(setPortal).catch(() => {});
    poll();
    const t = setInterval(poll, 2000);
    // Leaving the page sends what is queued (the service worker sends it later otherwise).
    const hide = () => document.visibilityState === 'hidden' && void sendStats().catch(() => {});
    document.addEventListener('visibilitychange', hide);
    return () => {
      clearInterval(t);
      document.removeEventListener('visibilitychange', hide);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!settings) return null;
  const s = receptionStrings[settings.lang];

  async function run(next: { procedure: Procedure; answers: Record<string, string>; assignments: Record<string, string>; add?: File[]; remove?: string[] }) {
    setBusy(true);
    setError(null);
    try {
      const r = await checkReception({ procedure: next.procedure.code, answers: next.answers, assignments: next.assignments, add: next.add, remove: next.remove });
      setResult(r);
      // Every check is queued; the server counts the latest check per dossier (same files = same
      // sha256), so a reassignment or a changed answer corrects the count instead of adding one.
      const st = await loadSettings();
      await enqueue(dossierSummary(r, { clientId: newClientId(), unit: st.unit, clientVersion: clientVersion() }));
    } catch (e) {
      setError(String((e as Error).message ?? e));
    } finally {
      setBusy(false);
    }
  }

  function pick(code: string) {
    if (!code) {
      setProcedure(null);
      return;
    }
    const hit = procedureInForce([defaultCatalogue], code);
    if (!hit) return setError(`Không tìm thấy thủ tục “${code}” trong danh mục.`);
    const p = hit.procedure;
    const a = Object.fromEntries(p.questions.map((q) => [q.key, q.default]));
    setProcedure(p);
    setAnswers(a);
    setAssignments({});
    if (names.length) void run({ procedure: p, answers: a, assignments: {} });
  }

  const addFiles = (files: File[]) => {
    if (!files.length || !procedure) return;
    // A file with the same name replaces the earlier one.
    setNames((n) => [...n.filter((x) => !files.some((f) => f.name === x)), ...files.map((f) => f.name)]);
    void run({ procedure, answers, assignments, add: files });
  };

  const newDossier = async () => {
    void sendStats().catch(() => {});
    await resetReception();
    setNames([]);
    setResult(null);
    setAssignments({});
    setProcedure(null);
  };

  const writeMau02 = async () => {
    if (!result) return;
    await browser.storage.local.set({ [FORM_KEY]: form });
    const bytes = await mau02Docx({ ...form, parentAgency: form.parentAgency || undefined, place: form.place || undefined, clerkName: form.clerkName || undefined });
    download(`mau-02-${result.procedure?.code ?? 'ho-so'}.docx`, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    void sendStats().catch(() => {});
  };

  const missingItems = result ? result.report.findings.filter((f) => f.status === 'fail' || f.ruleId === 'tthc.file.unreadable').length : 0;
  const other = supplementFormInstead(procedure);

  return (
    <main className="reception">
      {inPanel ? (
        <div className="bar" style={{ justifyContent: 'space-between' }}>
          <a href="/sidepanel.html" data-testid="back-to-panel">
            ← {s.backToPanel}
          </a>
          <button onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/reception.html') })}>{s.openTab}</button>
        </div>
      ) : null}
      <div className="bar" style={{ justifyContent: 'space-between' }}>
        <h1>{s.title}</h1>
        {result || names.length ? (
          <button data-testid="new-dossier" onClick={newDossier}>
            {s.newDossier}
          </button>
        ) : null}
      </div>
      <p className="muted-text">{s.intro}</p>
      <PortalPanel s={s} portal={portal} />
      <PortalSites s={s} />
      <h2>{s.procedure}</h2>
      <ProcedurePicker s={s} value={procedure} portal={portal?.procedure ?? null} onPick={pick} />
      {procedure ? (
        <>
          <Questions
            procedure={procedure}
            answers={answers}
            onChange={(k, v) => {
              const a = { ...answers, [k]: v };
              setAnswers(a);
              if (names.length) void run({ procedure, answers: a, assignments });
            }}
          />
          <DropZone hint={s.drop} onFiles={addFiles} accept={DOSSIER_FILES} testId="dossier-drop" inputTestId="dossier-files" />
        </>
      ) : null}
      {busy ? <p data-testid="progress">{s.checking}</p> : null}
      {error ? (
        <p className="warn" data-testid="error">
          {s.failed}: {error}
        </p>
      ) : null}
      {result && procedure ? (
        <section data-testid="result" data-busy={busy ? '1' : '0'}>
          <Summary s={s} result={result} />
          <div className="bar mau02">
            {missingItems ? (
              <>
                <button className="primary" data-testid="mau02" onClick={writeMau02}>
                  {s.mau02}
                </button>
                <details>
                  <summary className="muted-text">{s.agency} · {s.clerk}</summary>
                  <label>
                    {s.agency}
                    <input type="text" value={form.parentAgency} placeholder="ỦY BAN NHÂN DÂN XÃ …" onChange={(e) => setForm({ ...form, parentAgency: e.target.value })} />
                  </label>
                  <label>
                    {s.place}
                    <input type="text" value={form.place} onChange={(e) => setForm({ ...form, place: e.target.value })} />
                  </label>
                  <label>
                    {s.clerk}
                    <input type="text" value={form.clerkName} onChange={(e) => setForm({ ...form, clerkName: e.target.value })} />
                  </label>
                </details>
              </>
            ) : (
              <span className="ok" data-testid="mau02-none">{s.mau02None}</span>
            )}
            {other ? <p className="note">{s.mau02Other} {other}</p> : null}
          </div>
          <ComponentList
            s={s}
            result={result}
            onAssign={(file, to) => {
              const a = { ...assignments, [file]: to };
              setAssignments(a);
              void run({ procedure, answers, assignments: a });
            }}
            onRemove={(file) => {
              setNames((n) => n.filter((x) => x !== file));
              const a = { ...assignments };
              delete a[file];
              setAssignments(a);
              void run({ procedure, answers, assignments: a, remove: [file] });
            }}
          />
        </section>
      ) : null}
    </main>
  );
}
