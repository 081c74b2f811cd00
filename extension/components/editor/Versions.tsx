// A pack's versions (who, when, note, mode, effective-from), the difference between any two in
// words, and rolling back (publishing an earlier version's content again).
import { useEffect, useState } from 'react';
import { diffPacks, type PackDiff } from '../../../rules/pack-diff.ts';
import { publishErrorText, type AuditEntry, type RegistryApi } from '../../lib/editor/api.ts';
import type { EditorDict } from '../../lib/editor/i18n.ts';

export function DiffList({ diff, t, testId }: { diff: PackDiff; t: EditorDict; testId: string }) {
  if (!diff.header.length && !diff.items.length) return <p data-testid={testId}>{t.noDiff}</p>;
  return (
    <ul className="diff" data-testid={testId}>
      {diff.header.map((h) => (
        <li key={h}>{h}</li>
      ))}
      {diff.items.map((i) => (
        <li key={i.id} className={i.change} data-rule={i.id}>
          {i.text}
        </li>
      ))}
    </ul>
  );
}

export function Versions(props: { api: RegistryApi; packId: string; audit: AuditEntry[]; etag: string | null; names: Record<string, string>; t: EditorDict; onChanged: (text: string) => void }) {
  const { api, packId, audit, t } = props;
  const sorted = [...audit].sort((a, b) => b.rev - a.rev);
  const [from, setFrom] = useState<number>(sorted[1]?.rev ?? sorted[0]?.rev ?? 0);
  const [to, setTo] = useState<number>(sorted[0]?.rev ?? 0);
  const [diff, setDiff] = useState<PackDiff | null>(null);
  const [back, setBack] = useState<AuditEntry | null>(null);
  const [note, setNote] = useState('');
  const [mode, setMode] = useState<'enforce' | 'observe'>('enforce');
  const [err, setErr] = useState('');

  useEffect(() => {
    setFrom(sorted[1]?.rev ?? sorted[0]?.rev ?? 0);
    setTo(sorted[0]?.rev ?? 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [audit]);
  useEffect(() => {
    const a = audit.find((x) => x.rev === from), b = audit.find((x) => x.rev === to);
    if (!a || !b) return setDiff(null);
    let live = true;
    void Promise.all([api.version(packId, a.version), api.version(packId, b.version)]).then(
      ([x, y]) => live && setDiff(diffPacks({ ...x.pack, mode: a.mode }, { ...y.pack, mode: b.mode }, props.names)),
      (e) => live && setErr((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [from, to, audit, api, packId, props.names]);

  const label = (a: AuditEntry) => `${t.rev} ${a.rev}: ${a.version} (${t.modes[a.mode]})`;
  const rollback = async () => {
    setErr('');
    try {
      const p = await api.rollback(packId, back!.version, note, mode, props.etag ?? '*');
      setBack(null);
      setNote('');
      props.onChanged(`${t.published}: ${p.version} (${t.modes[p.mode]}), ${t.rev} ${p.rev}.`);
    } catch (e) {
      setErr(publishErrorText(e));
    }
  };

  return (
    <section className="versions">
      <table className="grid" data-testid="versions">
        <thead>
          <tr>
            <th>{t.rev}</th>
            <th>{t.version}</th>
            <th>{t.action}</th>
            <th>{t.mode}</th>
            <th>{t.effectiveFrom}</th>
            <th className="name">{t.by}</th>
            <th>{t.at}</th>
            <th className="name">{t.note}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {sorted.map((a, i) => (
            <tr key={a.rev} data-testid="version-row" data-rev={a.rev} data-version={a.version} data-mode={a.mode}>
              <td>{a.rev}</td>
              <td>{a.version}</td>
              <td>{t.actions[a.action] ?? a.action}</td>
              <td>{t.modes[a.mode]}</td>
              <td>{(a as AuditEntry & { effectiveFrom?: string }).effectiveFrom ?? ''}</td>
              <td className="name">{a.by}</td>
              <td>{new Date(a.at).toLocaleString('vi-VN')}</td>
              <td className="name">{a.note}</td>
              <td>
                {i > 0 && (
                  <button
                    onClick={() => {
                      setBack(a);
                      setMode('enforce');
                    }}
                  >
                    {t.rollback}
                  </button>
                )}
                {i === 0 && a.mode === 'observe' && (
                  <button
                    data-testid="promote"
                    onClick={() => {
                      setBack(a);
                      setMode('enforce');
                      setNote(t.promoteNote);
                    }}
                  >
                    {t.promote}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {back && (
        <div className="rollback note" data-testid="rollback-form">
          {t.rollbackDo} {back.version} ({t.rev} {back.rev})
          <input type="text" placeholder={t.rollbackNote} value={note} onChange={(e) => setNote(e.target.value)} data-testid="rollback-note" />
          <select value={mode} onChange={(e) => setMode(e.target.value as 'enforce')}>
            <option value="enforce">{t.modes.enforce}</option>
            <option value="observe">{t.modes.observe}</option>
          </select>
          <button className="primary" disabled={!note.trim()} onClick={() => void rollback()} data-testid="rollback-do">
            {t.rollbackDo}
          </button>
          <button onClick={() => setBack(null)}>{t.close}</button>
        </div>
      )}
      {err && <p className="warn">{err}</p>}
      {audit.length > 1 && (
        <>
          <h3>{t.compare}</h3>
          <div className="bar">
            {t.from}
            <select data-testid="diff-from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
              {sorted.map((a) => (
                <option key={a.rev} value={a.rev}>
                  {label(a)}
                </option>
              ))}
            </select>
            {t.to}
            <select data-testid="diff-to" value={to} onChange={(e) => setTo(Number(e.target.value))}>
              {sorted.map((a) => (
                <option key={a.rev} value={a.rev}>
                  {label(a)}
                </option>
              ))}
            </select>
          </div>
          {diff && <DiffList diff={diff} t={t} testId="version-diff" />}
        </>
      )}
    </section>
  );
}
