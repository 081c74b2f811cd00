// The rule editor (legal-office staff): packs and versions, differences in words, a draft edited in
// forms from the schemas, a side-by-side test on attached files, publish/rollback with If-Match.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Pack, mergePack, type Pack as PackT, type OverlayPack } from '../../../rules/pack.ts';
import { diffPacks } from '../../../rules/pack-diff.ts';
import { nd30Pack } from '../../../rules/packs/index.ts';
import procedures from '../../../rules/packs/procedures/commune.json' with { type: 'json' };
import exampleOverlay from '../../../rules/packs/overlays/example-province.json' with { type: 'json' };
import type { EditorSession } from '../../components/editor/Guard.tsx';
import { ProceduresDraft } from '../../components/editor/ProceduresDraft.tsx';
import { Publish } from '../../components/editor/Publish.tsx';
import { RulesDraft } from '../../components/editor/RulesDraft.tsx';
import { TestBench } from '../../components/editor/TestBench.tsx';
import { DiffList, Versions } from '../../components/editor/Versions.tsx';
import { RegistryError, type AuditEntry, type PackListItem } from '../../lib/editor/api.ts';
import { newDraft, type Content, type Draft } from '../../lib/editor/draft.ts';
import { browserDrafts } from '../../lib/editor/storage.ts';

/** Packs the extension carries that the server may not have yet (first publication starts from them). */
const BUNDLED = [procedures, exampleOverlay, nd30Pack] as unknown as Content[];

interface Entry {
  id: string;
  kind: string;
  title: string;
  server?: PackListItem;
}
interface Current {
  content: Content;
  etag: string | null;
  mode?: 'enforce' | 'observe';
}

export function App({ session }: { session: EditorSession }) {
  const { api, me, t } = session;
  const [entries, setEntries] = useState<Entry[]>([]);
  const [sel, setSel] = useState('nd30');
  const [cur, setCur] = useState<Current | null>(null);
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [base, setBase] = useState<PackT | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [msg, setMsg] = useState('');
  const [error, setError] = useState('');

  const loadList = useCallback(async () => {
    const list = await api.packs();
    const out: Entry[] = list.map((p) => ({ id: p.id, kind: p.kind, title: p.title, server: p }));
    for (const b of BUNDLED) if (!out.some((e) => e.id === b.id)) out.push({ id: b.id, kind: b.kind, title: String(b.title) });
    setEntries(out);
  }, [api]);

  const load = useCallback(
    async (id: string) => {
      setError('');
      setCur(null);
      setBase(null);
      try {
        let c: Current;
        try {
          const doc = await api.current(id);
          c = { content: doc.pack as Content, etag: doc.etag, mode: doc.mode };
          const [a, v] = await Promise.all([api.audit(id), api.versions(id)]);
          setAudit(a.map((x) => ({ ...x, effectiveFrom: v.find((y) => y.rev === x.rev)?.effectiveFrom })) as AuditEntry[]);
        } catch (e) {
          if (!(e instanceof RegistryError && e.status === 404)) throw e;
          const b = BUNDLED.find((x) => x.id === id);
          if (!b) throw e;
          c = { content: structuredClone(b), etag: null };
          setAudit([]);
        }
        if (c.content.kind === 'overlay') {
          const of = String(c.content.overlayOf);
          const bp = await api.current(of).then((d) => Pack.parse(d.pack), () => (of === 'nd30' ? nd30Pack : null));
          setBase(bp);
        }
        setCur(c);
        setDraft((await browserDrafts.get(id)) ?? null);
      } catch (e) {
        setError(`${t.serverError}: ${(e as Error).message}`);
      }
    },
    [api, t],
  );

  useEffect(() => void loadList().catch((e) => setError(`${t.serverError}: ${(e as Error).message}`)), [loadList, t]);
  useEffect(() => void load(sel), [sel, load]);

  const saveDraft = (d: Draft | null) => {
    setDraft(d);
    void (d ? browserDrafts.put(d) : browserDrafts.remove(sel));
  };
  const changeContent = (content: Content) => draft && saveDraft({ ...draft, content, savedAt: new Date().toISOString() });
  const names = useMemo(() => Object.fromEntries((base ?? nd30Pack).rules.map((r) => [r.id, r.title])), [base]);

  /** What checking uses: a rule pack as is, an overlay merged onto its base. */
  const effective = useCallback(
    (c: Content | undefined, isCurrent: boolean): PackT | null => {
      if (!c) return null;
      try {
        if (c.kind === 'rules') return Pack.parse(c);
        if (c.kind === 'overlay' && base) return isCurrent && !cur?.etag ? base : mergePack(base, c as unknown as OverlayPack);
      } catch {
        /* an invalid draft is not run; the form says why */
      }
      return null;
    },
    [base, cur],
  );

  const entry = entries.find((e) => e.id === sel);
  return (
    <main className="editor">
      <header className="bar">
        <h1>{t.title}</h1>
        <span className="muted-text" data-testid="who">
          {me.label || me.tokenId} · {me.role} · {me.unit}
        </span>
      </header>
      {error && <p className="warn">{error}</p>}
      {msg && (
        <p className="note" data-testid="message">
          {msg}
        </p>
      )}
      <div className="editor-cols">
        <nav className="packs">
          <h2>{t.packs}</h2>
          <ul>
            {entries.map((e) => (
              <li key={e.id}>
                <button className={e.id === sel ? 'sel' : ''} data-testid="pack" data-pack={e.id} onClick={() => setSel(e.id)}>
                  <b>{e.title}</b>
                  <span className="muted-text">
                    {e.id} · {e.kind}
                    {e.server ? ` · ${e.server.version} · ${t.modes[e.server.mode]} · ${t.effectiveFrom} ${e.server.effectiveFrom}` : ` · ${t.notOnServer}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="pack-detail">
          {cur && entry && (
            <>
              <h2>
                {t.versions} — {String(cur.content.title)}
              </h2>
              {audit.length ? (
                <Versions api={api} packId={sel} audit={audit} etag={cur.etag} names={names} t={t} onChanged={(text) => void load(sel).then(loadList).then(() => setMsg(text))} />
              ) : (
                <p className="muted-text">{t.notOnServer}</p>
              )}
              <h2>{t.draft}</h2>
              {!draft ? (
                <button className="primary" data-testid="start-draft" onClick={() => saveDraft(newDraft(sel, cur.content, cur.etag))}>
                  {t.startDraft}
                </button>
              ) : (
                <>
                  <p className="muted-text" data-testid="draft-base">
                    {t.draftFrom} {draft.baseVersion}. {t.draftSaved}{' '}
                    <button data-testid="discard" onClick={() => saveDraft(null)}>
                      {t.discard}
                    </button>
                  </p>
                  {draft.content.kind === 'procedures' ? (
                    <ProceduresDraft content={draft.content} original={draft.base} t={t} onChange={changeContent} />
                  ) : (
                    <RulesDraft content={draft.content} original={draft.base} base={base} t={t} onChange={changeContent} />
                  )}
                  <h3>{t.draftChanges}</h3>
                  <DiffList diff={diffPacks(draft.base, draft.content, names)} t={{ ...t, noDiff: t.noChanges }} testId="draft-diff" />
                  <h2>{t.test}</h2>
                  {draft.content.kind === 'procedures' ? (
                    <p className="muted-text">{t.testProcedures}</p>
                  ) : (
                    <TestBench current={effective(cur.content, true)} draft={effective(draft.content, false)} t={t} />
                  )}
                  <h2>{t.publish}</h2>
                  <Publish
                    api={api}
                    draft={draft}
                    base={base}
                    t={t}
                    onRebased={(d) => saveDraft(d)}
                    onPublished={(text) => {
                      saveDraft(null);
                      void load(sel).then(loadList).then(() => setMsg(text));
                    }}
                  />
                </>
              )}
            </>
          )}
        </div>
      </div>
    </main>
  );
}
