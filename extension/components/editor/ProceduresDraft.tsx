// Editing a draft of the procedure catalogue (pack kind "procedures"): a procedure's scalar fields,
// its processing times and fees, generated from the catalogue's zod schema and checked by it.
import { useMemo, useState } from 'react';
import { Procedure, type Procedure as ProcedureT } from '../../../rules/dossier/catalogue.ts';
import type { Content } from '../../lib/editor/draft.ts';
import { same } from '../../../rules/pack-diff.ts';
import { draftIssues, feeFields, headerFields, procedureFields, processingFields, viErrors, type Issue } from '../../lib/editor/form.ts';
import type { EditorDict } from '../../lib/editor/i18n.ts';
import { FieldInput } from './FieldInput.tsx';

const CHANNEL_VI: Record<string, string> = { all: 'Mọi hình thức', 'truc-tiep': 'Trực tiếp', 'truc-tuyen': 'Trực tuyến', 'buu-chinh': 'Bưu chính' };

function ProcedureForm(props: { proc: ProcedureT; t: EditorDict; onApply: (p: ProcedureT) => void; onClose: () => void }) {
  const { t } = props;
  const [p, setP] = useState<ProcedureT>(() => structuredClone(props.proc));
  const issues: Issue[] = useMemo(() => {
    const r = Procedure.safeParse(p, viErrors);
    return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  }, [p]);
  const setEntry = (list: 'processing' | 'fees', i: number, k: string, v: unknown) =>
    setP((x) => ({ ...x, [list]: (x[list] as Record<string, unknown>[]).map((e, n) => (n === i ? { ...e, [k]: v } : e)) }) as ProcedureT);
  return (
    <section className="rule-form" data-testid="procedure-form" data-code={p.code}>
      <h3>
        {props.proc.name} <span className="muted-text">({p.code})</span>
      </h3>
      {procedureFields().map((d) => (
        <FieldInput key={d.key} def={d} path={d.key} value={(p as unknown as Record<string, unknown>)[d.key]} issues={issues} onChange={(v) => setP((x) => ({ ...x, [d.key]: v }) as ProcedureT)} />
      ))}
      <h4>{t.processing}</h4>
      {p.processing.map((e, i) => (
        <fieldset key={i}>
          <legend>{CHANNEL_VI[e.channel] ?? e.channel}</legend>
          {processingFields().map((d) => (
            <FieldInput key={d.key} def={d} path={`processing.${i}.${d.key}`} value={(e as Record<string, unknown>)[d.key]} issues={issues} onChange={(v) => setEntry('processing', i, d.key, v)} />
          ))}
        </fieldset>
      ))}
      <h4>{t.fees}</h4>
      {p.fees.map((e, i) => (
        <fieldset key={i}>
          <legend>{CHANNEL_VI[e.channel] ?? e.channel}</legend>
          {feeFields().map((d) => (
            <FieldInput key={d.key} def={d} path={`fees.${i}.${d.key}`} value={(e as Record<string, unknown>)[d.key]} issues={issues} onChange={(v) => setEntry('fees', i, d.key, v)} />
          ))}
        </fieldset>
      ))}
      {issues.length > 0 && (
        <div className="warn" data-testid="rule-refused">
          {t.refusedEdit}
          <ul>
            {issues.map((i, n) => (
              <li key={n}>
                <code>{i.path}</code>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="bar">
        <button className="primary" data-testid="rule-apply" disabled={issues.length > 0} onClick={() => props.onApply(p)}>
          {t.apply}
        </button>
        <button onClick={props.onClose}>{t.close}</button>
      </div>
    </section>
  );
}

export function ProceduresDraft(props: { content: Content; original: Content; t: EditorDict; onChange: (c: Content) => void }) {
  const { content, t } = props;
  const [open, setOpen] = useState<string | null>(null);
  const procs = content.procedures as ProcedureT[];
  const before = new Map((props.original.procedures as ProcedureT[]).map((x) => [x.code, x]));
  const headIssues = useMemo(() => draftIssues(content).filter((i) => !i.path.startsWith('procedures')), [content]);
  const openProc = procs.find((x) => x.code === open);
  return (
    <div className="rules-draft">
      <h3>{t.header}</h3>
      <div className="head-form">
        {headerFields().map((d) => (
          <FieldInput key={d.key} idPrefix="head-" def={d} path={d.key} value={content[d.key]} issues={headIssues} onChange={(v) => props.onChange({ ...content, [d.key]: v } as Content)} />
        ))}
      </div>
      <h3>
        {t.procedures} ({procs.length})
      </h3>
      <div className="rule-pane">
        <table className="grid rule-list">
          <tbody>
            {procs.map((x) => (
              <tr key={x.code} data-testid="procedure-row" data-code={x.code} className={open === x.code ? 'sel' : ''} onClick={() => setOpen(x.code)}>
                <td className="name">
                  {x.name}
                  <div className="muted-text">{x.code}</div>
                </td>
                <td>{same(before.get(x.code), x) ? '' : '✎'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {openProc && (
          <ProcedureForm
            key={`${openProc.code}:${JSON.stringify(openProc)}`}
            proc={openProc}
            t={t}
            onClose={() => setOpen(null)}
            onApply={(p) => {
              props.onChange({ ...content, procedures: procs.map((x) => (x.code === p.code ? p : x)) });
              setOpen(null);
            }}
          />
        )}
      </div>
    </div>
  );
}
