// Test before publishing: attached .docx/.pdf files (kept in IndexedDB on this machine) are checked
// with the current version and with the draft, in the checking worker; per file, what changes.
import { useEffect, useState } from 'react';
import type { Pack } from '../../../rules/pack.ts';
import type { Report } from '../../../rules/report.ts';
import { checkFile } from '../../lib/checker.ts';
import { compareReports, type Delta } from '../../lib/editor/compare.ts';
import type { EditorDict } from '../../lib/editor/i18n.ts';
import { listFiles, putFile, removeFile, type TestFile } from '../../lib/editor/storage.ts';

interface Result {
  current?: Report;
  draft?: Report;
  deltas?: Delta[];
  error?: string;
}
const count = (r?: Report) => (r ? `${r.summary.errors} lỗi, ${r.summary.warnings} cảnh báo, ${r.summary.needsReview} cần xem lại` : '');

export function TestBench(props: { current: Pack | null; draft: Pack | null; t: EditorDict }) {
  const { t } = props;
  const [files, setFiles] = useState<TestFile[]>([]);
  const [results, setResults] = useState<Record<string, Result>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => void listFiles().then(setFiles), []);

  const attach = async (list: FileList | null) => {
    for (const f of Array.from(list ?? [])) await putFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    setFiles(await listFiles());
  };
  const run = async () => {
    if (!props.current || !props.draft) return;
    setBusy(true);
    setResults({});
    for (const f of files) {
      try {
        const res = await checkFile({ name: f.name, arrayBuffer: async () => f.bytes.slice().buffer as ArrayBuffer }, { enforce: props.current, observe: props.draft });
        const draft = res.observeReport!;
        setResults((r) => ({ ...r, [f.name]: { current: res.report, draft, deltas: compareReports(res.report, draft) } }));
      } catch (e) {
        setResults((r) => ({ ...r, [f.name]: { error: (e as Error).message } }));
      }
    }
    setBusy(false);
  };

  return (
    <section className="bench">
      <p className="muted-text">{t.testNote}</p>
      <div className="bar">
        <label className="pick">
          {t.attach}: <input type="file" multiple accept=".docx,.pdf" data-testid="bench-input" onChange={(e) => void attach(e.target.files)} />
        </label>
        <button className="primary" data-testid="bench-run" disabled={busy || !files.length || !props.draft} onClick={() => void run()}>
          {busy ? t.running : t.run}
        </button>
      </div>
      {!busy && Object.keys(results).length > 0 && <span data-testid="bench-done" hidden />}
      {files.map((f) => {
        const r = results[f.name];
        return (
          <div className="bench-file" key={f.name} data-testid="bench-file" data-file={f.name}>
            <div className="bar">
              <b>{f.name}</b>
              <button onClick={() => void removeFile(f.name).then(listFiles).then(setFiles)}>{t.remove}</button>
            </div>
            {r?.error && <p className="warn">{r.error}</p>}
            {r?.deltas && (
              <>
                <p className="muted-text">
                  {t.current}: {count(r.current)} · {t.draft}: {count(r.draft)}
                </p>
                {r.deltas.length === 0 ? (
                  <p data-testid="bench-nodelta">{t.noDelta}</p>
                ) : (
                  <ul className="deltas">
                    {r.deltas.map((d, i) => (
                      <li key={i} className={`delta ${d.change}`} data-testid="bench-delta" data-change={d.change} data-rule={d.ruleId}>
                        <span className="rule">{d.ruleId}</span> {d.text}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
