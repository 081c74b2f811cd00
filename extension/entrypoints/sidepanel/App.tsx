// Side panel: the commune clerk's checker. Files are read and checked in a worker on this machine.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Report } from '../../../rules/report.ts';
import { DropZone } from '../../components/DropZone.tsx';
import { FirstRun } from '../../components/FirstRun.tsx';
import { Preview } from '../../components/Preview.tsx';
import { ReportView } from '../../components/ReportView.tsx';
import type { Stage } from '../../lib/checker.ts';
import { baseName, download, openHtml } from '../../lib/download.ts';
import { reportCsv, reportJson, reportPrintHtml } from '../../lib/export.ts';
import { strings } from '../../lib/i18n.ts';
import { setMute, loadMutes } from '../../lib/mutes.ts';
import { pending } from '../../lib/outbox.ts';
import type { PackState } from '../../lib/pack-sync.ts';
import { groupFindings, type Mutes } from '../../lib/report-view.ts';
import { checkAndQueue, getPacks, refreshPacks, storageKv } from '../../lib/session.ts';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../../lib/settings.ts';

interface Doc {
  id: number;
  name: string;
  stage?: Stage;
  report?: Report;
  html?: string;
  bytes?: Uint8Array;
  error?: string;
  mutes: Mutes;
}

let nextId = 1;

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [packs, setPacks] = useState<PackState | null>(null);
  const [docs, setDocs] = useState<Doc[]>([]);
  const [sel, setSel] = useState<number | null>(null);
  const [active, setActive] = useState<number | undefined>();
  const [queued, setQueued] = useState<number>(0);
  const backTo = useRef<number | null>(null);
  const [showBack, setShowBack] = useState(false);

  useEffect(() => {
    loadSettings().then(setSettings);
    getPacks().then(setPacks);
    // Sync on open; the cached or bundled pack is used meanwhile and whenever the server is away.
    refreshPacks().then(setPacks).catch(() => {});
    const off = onSettingsChanged(setSettings);
    const tick = () => pending().then((p) => setQueued(p.count)).catch(() => {});
    tick();
    const t = setInterval(tick, 1500);
    return () => {
      off();
      clearInterval(t);
    };
  }, []);

  const update = (id: number, patch: Partial<Doc>) => setDocs((ds) => ds.map((d) => (d.id === id ? { ...d, ...patch } : d)));

  const addFiles = useCallback(
    async (files: File[]) => {
      const ok = files.filter((f) => f.size > 0 || f.name);
      if (!ok.length) return;
      const news = ok.map((f) => ({ id: nextId++, name: f.name, stage: 'reading' as Stage, mutes: {} }));
      setDocs((ds) => [...ds, ...news]);
      setSel(news[0]!.id);
      setActive(undefined);
      const st = await loadSettings();
      const ps = await getPacks();
      setPacks(ps);
      // One after another: the worker is single-threaded and the first result shows soonest.
      for (let i = 0; i < ok.length; i++) {
        const id = news[i]!.id;
        try {
          const r = await checkAndQueue(ok[i]!, { previewHtml: true, packs: ps, settings: st, onStage: (stage) => update(id, { stage }) });
          const mutes = await loadMutes(storageKv, r.report.sha256);
          update(id, { stage: undefined, report: r.report, html: r.html, bytes: r.bytes, mutes });
        } catch (e) {
          update(id, { stage: undefined, error: String((e as Error).message ?? e) });
        }
      }
      pending().then((p) => setQueued(p.count));
    },
    [],
  );

  // A link chosen with the context menu ("Kiểm tra văn bản") is fetched here and checked;
  // a file picked in a page comes as base64 from the content script.
  useEffect(() => {
    let busy = false;
    const take = async () => {
      if (busy) return;
      busy = true;
      try {
        await takeOnce();
      } finally {
        busy = false;
      }
    };
    const takeOnce = async () => {
      const got = await browser.storage.session.get(['pendingUrl', 'pendingFile']).catch(() => ({}) as Record<string, unknown>);
      const pf = got.pendingFile as { name: string; data: string } | undefined;
      if (pf) {
        await browser.storage.session.remove('pendingFile');
        const bin = atob(pf.data);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        addFiles([new File([bytes], pf.name)]);
      }
      const url = got.pendingUrl as string | undefined;
      if (!url) return;
      await browser.storage.session.remove('pendingUrl');
      try {
        const res = await fetch(url);
        const blob = await res.blob();
        const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'van-ban');
        addFiles([new File([blob], name)]);
      } catch (e) {
        setDocs((ds) => [...ds, { id: nextId++, name: url, error: String(e), mutes: {} }]);
      }
    };
    take();
    const fn = (ch: Record<string, unknown>, area: string) => area === 'session' && ('pendingUrl' in ch || 'pendingFile' in ch) && take();
    browser.storage.onChanged.addListener(fn);
    return () => browser.storage.onChanged.removeListener(fn);
  }, [addFiles]);

  const doc = docs.find((d) => d.id === sel);
  const visible = useMemo(() => {
    if (!doc?.report) return new Set<number>();
    return new Set(groupFindings(doc.report, { mutes: doc.mutes }).flatMap((g) => g.items.map((i) => i.index)));
  }, [doc?.report, doc?.mutes]);

  if (!settings) return null;
  const lang = settings.lang;
  const s = strings[lang];

  if (!settings.firstRunDone) {
    return (
      <main>
        <h1>{s.appTitle}</h1>
        <FirstRun lang={lang} onDone={() => saveSettings({ firstRunDone: true }).then(setSettings)} />
      </main>
    );
  }

  const showFinding = (i: number) => {
    backTo.current = i;
    setActive(i);
    setShowBack(true);
  };
  const backToList = () => {
    const i = backTo.current;
    setShowBack(false);
    if (i !== null) document.getElementById(`finding-${i}`)?.scrollIntoView({ block: 'center' });
  };
  const pickFromPreview = (i: number) => {
    setActive(i);
    document.getElementById(`finding-${i}`)?.scrollIntoView({ block: 'center' });
  };

  const observe = packs?.observe;
  return (
    <main>
      <div className="bar" style={{ justifyContent: 'space-between' }}>
        <h1>{s.appTitle}</h1>
        <span className="bar">
          <button data-testid="open-reception" onClick={() => location.assign('/reception.html?in=panel')}>{lang === 'vi' ? 'Tiếp nhận hồ sơ' : 'Dossier reception'}</button>
          <button onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/batch.html') })}>{s.batch}</button>
          <button data-testid="open-register" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/register.html') })}>{lang === 'vi' ? 'Kiểm tra sổ theo dõi hồ sơ' : 'Register audit'}</button>
          {(settings.role === 'legal-editor' || settings.role === 'admin') && (
            <button data-testid="open-rules-editor" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/rules-editor.html') })}>{lang === 'vi' ? 'Soạn thảo bộ quy tắc' : 'Rule editor'}</button>
          )}
          {(settings.role === 'inspector' || settings.role === 'admin') && (
            <>
              <button data-testid="open-dashboard" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>{lang === 'vi' ? 'Thống kê' : 'Statistics'}</button>
              <button data-testid="open-inspection" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/inspection.html') })}>{lang === 'vi' ? 'Chọn mẫu kiểm tra' : 'Inspection sample'}</button>
            </>
          )}
          <button onClick={() => browser.runtime.openOptionsPage()}>{s.options}</button>
        </span>
      </div>
      {packs ? (
        <p className="muted-text" data-testid="pack-in-force">
          {s.pack}: {packs.enforce.pack.id} {packs.enforce.pack.version} ({s.packSource[packs.enforce.source]})
          {observe ? ` · observe ${observe.pack.version}` : ''}
          {' · '}
          <span data-testid="queued">
            {s.pendingStats}: {queued}
            {settings.sendStats ? '' : lang === 'vi' ? ' (đã tắt gửi)' : ' (sending off)'}
          </span>
        </p>
      ) : null}
      {observe ? <p className="note">{s.observeNote}</p> : null}
      <DropZone hint={s.dropHint} onFiles={addFiles} />
      {docs.length > 1 ? (
        <div className="files" data-testid="files">
          {docs.map((d) => (
            <button key={d.id} className={d.id === sel ? 'sel' : ''} onClick={() => { setSel(d.id); setActive(undefined); }}>
              {d.name}
              {d.report ? ` (${d.report.summary.errors})` : d.error ? ' ⚠' : ' …'}
            </button>
          ))}
        </div>
      ) : null}
      {doc ? (
        <section>
          <h2 data-testid="file-name">{doc.name}</h2>
          {doc.stage ? (
            <p data-testid="progress">
              {s.reading} ({doc.stage === 'reading' ? (lang === 'vi' ? 'đọc tệp' : 'reading') : doc.stage === 'checking' ? (lang === 'vi' ? 'kiểm tra' : 'checking') : s.preview})
            </p>
          ) : null}
          {doc.error ? (
            <p className="warn" data-testid="error">
              {s.checkFailed}: {doc.error.split('\n')[0]}
            </p>
          ) : null}
          {doc.report ? (
            <>
              <div className="bar" data-testid="exports">
                <button data-testid="export-json" onClick={() => download(`${baseName(doc.name)}.kiem-tra.json`, reportJson(doc.report!, doc.mutes), 'application/json')}>
                  {s.exportJson}
                </button>
                <button data-testid="export-csv" onClick={() => download(`${baseName(doc.name)}.kiem-tra.csv`, reportCsv(doc.report!, doc.mutes, lang), 'text/csv;charset=utf-8')}>
                  {s.exportCsv}
                </button>
                <button data-testid="export-print" onClick={() => openHtml(reportPrintHtml(doc.report!, doc.mutes, lang))}>
                  {s.print}
                </button>
              </div>
              <ReportView
                report={doc.report}
                lang={lang}
                pack={packs?.enforce}
                mutes={doc.mutes}
                active={active}
                onShow={showFinding}
                onMute={async (ruleId, reason) => update(doc.id, { mutes: await setMute(storageKv, doc.report!.sha256, ruleId, reason) })}
              />
              <h2>{s.preview}</h2>
              <Preview report={doc.report} lang={lang} html={doc.html} bytes={doc.bytes} active={active} visible={visible} onPick={pickFromPreview} />
              {showBack ? (
                <button className="backbtn primary" data-testid="back" onClick={backToList} style={{ position: 'fixed', bottom: 10, right: 10 }}>
                  ↩ {s.back}
                </button>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}
    </main>
  );
}
