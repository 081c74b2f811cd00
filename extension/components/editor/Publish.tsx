// Publish the draft as observe or enforce with a note. A 412 (someone published in between) is a
// plain message with one button: reload the current version and re-apply the draft on top of it.
import { useState } from 'react';
import type { Pack } from '../../../rules/pack.ts';
import { publishErrorText, RegistryError, type RegistryApi } from '../../lib/editor/api.ts';
import { rebase, type Content, type Draft } from '../../lib/editor/draft.ts';
import { draftIssues } from '../../lib/editor/form.ts';
import type { EditorDict } from '../../lib/editor/i18n.ts';

export function Publish(props: { api: RegistryApi; draft: Draft; base: Pack | null; t: EditorDict; onPublished: (text: string) => void; onRebased: (d: Draft) => void }) {
  const { api, draft, t } = props;
  const [note, setNote] = useState('');
  const [mode, setMode] = useState<'enforce' | 'observe'>('observe');
  const [err, setErr] = useState<{ text: string; conflict: boolean } | null>(null);
  const [info, setInfo] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const issues = draftIssues(draft.content, props.base ?? undefined);

  const publish = async () => {
    setErr(null);
    setInfo([]);
    setBusy(true);
    try {
      const p = await api.publish(draft.packId, draft.content, note, mode, draft.baseEtag);
      props.onPublished(`${t.published}: ${p.version} (${t.modes[p.mode]}), ${t.rev} ${p.rev}. ${t.note}: ${p.note}`);
    } catch (e) {
      setErr({ text: publishErrorText(e), conflict: e instanceof RegistryError && e.conflict });
    } finally {
      setBusy(false);
    }
  };
  const reapply = async () => {
    try {
      const cur = await api.current(draft.packId);
      const { draft: next, overlaps } = rebase(draft, cur.pack as Content, cur.etag);
      props.onRebased(next);
      setErr(null);
      setInfo([t.reapplied, ...(overlaps.length ? [`${t.overlaps} ${overlaps.join(', ')}`] : [])]);
    } catch (e) {
      setErr({ text: publishErrorText(e), conflict: false });
    }
  };

  return (
    <section className="publish">
      {issues.length > 0 && (
        <div className="warn" data-testid="draft-invalid">
          {t.invalidDraft}
          <ul>
            {issues.map((i, n) => (
              <li key={n}>
                <code>{i.path}</code>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <label htmlFor="pub-note">{t.publishNote}</label>
      <textarea id="pub-note" rows={2} data-testid="publish-note" value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="bar">
        <label>
          <input type="radio" name="mode" data-testid="mode-observe" checked={mode === 'observe'} onChange={() => setMode('observe')} /> {t.modes.observe} — chỉ đếm để thống kê, văn thư chưa thấy là lỗi
        </label>
        <label>
          <input type="radio" name="mode" data-testid="mode-enforce" checked={mode === 'enforce'} onChange={() => setMode('enforce')} /> {t.modes.enforce}
        </label>
        <button className="primary" data-testid="publish" disabled={busy || issues.length > 0 || !note.trim()} onClick={() => void publish()}>
          {t.publishDo} {draft.content.version}
        </button>
      </div>
      {err && (
        <div className="warn" data-testid={err.conflict ? 'conflict' : 'publish-error'}>
          <p>{err.text}</p>
          {err.conflict && (
            <button className="primary" data-testid="reapply" onClick={() => void reapply()}>
              {t.reapply}
            </button>
          )}
        </div>
      )}
      {info.length > 0 && (
        <div className="note" data-testid="reapplied">
          {info.map((x) => (
            <p key={x}>{x}</p>
          ))}
        </div>
      )}
    </section>
  );
}
