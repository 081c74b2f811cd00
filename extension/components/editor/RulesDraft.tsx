// Editing a draft of a rule pack or of an overlay (a province's or agency's changes to its base):
// header, rule list, one rule's form; an overlay is edited on the merged rules and stored as the
// differences from the base.
import { useMemo, useState } from 'react';
import type { Pack, RuleSpec } from '../../../rules/pack.ts';
import { SEVERITY_VI, same, splitTitle } from '../../../rules/pack-diff.ts';
import type { Content } from '../../lib/editor/draft.ts';
import { visibleRules, withRule } from '../../lib/editor/overlay.ts';
import { draftIssues, headerFields, type Issue } from '../../lib/editor/form.ts';
import type { EditorDict } from '../../lib/editor/i18n.ts';
import { FieldInput } from './FieldInput.tsx';
import { RuleForm } from './RuleForm.tsx';


export function RulesDraft(props: { content: Content; original: Content; base: Pack | null; t: EditorDict; onChange: (c: Content) => void }) {
  const { content, base, t } = props;
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const rules = useMemo(() => visibleRules(content, base), [content, base]);
  const before = useMemo(() => new Map(visibleRules(props.original, base).map((r) => [r.id, r])), [props.original, base]);
  const headIssues = useMemo(() => draftIssues(content, base ?? undefined).filter((i) => !i.path.startsWith('rules')), [content, base]);
  const shown = rules.filter((r) => !q || `${r.title} ${r.id}`.toLowerCase().includes(q.toLowerCase()));
  const openRule = rules.find((r) => r.id === open);

  const draftCheck = (r: RuleSpec): Issue[] => {
    const next = withRule(content, base, r);
    const idx = (next.rules as { id: string }[]).findIndex((x) => x.id === r.id);
    return draftIssues(next, base ?? undefined)
      .filter((i) => i.path === 'rules' || i.path.startsWith(`rules.${idx}.`))
      .map((i) => ({ ...i, path: i.path.replace(`rules.${idx}.`, '') }));
  };

  return (
    <div className="rules-draft">
      <h3>{t.header}</h3>
      <div className="head-form">
        {headerFields().map((d) => (
          <FieldInput key={d.key} idPrefix="head-" def={d} path={d.key} value={content[d.key]} issues={headIssues} onChange={(v) => props.onChange({ ...content, [d.key]: v } as Content)} />
        ))}
      </div>
      <h3>
        {t.rules} ({rules.length})
      </h3>
      <input type="text" placeholder={t.search} data-testid="rule-search" value={q} onChange={(e) => setQ(e.target.value)} />
      <div className="rule-pane">
        <table className="grid rule-list">
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} data-testid="rule-row" data-rule={r.id} className={`${open === r.id ? 'sel' : ''} ${same(before.get(r.id), r) ? '' : 'edited'}`} onClick={() => setOpen(r.id)}>
                <td className="name">
                  {splitTitle(r.title).label}
                  <div className="muted-text">{r.id}</div>
                </td>
                <td>{SEVERITY_VI[r.severity]}</td>
                <td>{r.enabled === false ? 'tắt' : 'bật'}</td>
                <td>{same(before.get(r.id), r) ? '' : '✎'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {openRule && (
          <RuleForm
            key={`${openRule.id}:${JSON.stringify(openRule)}`}
            rule={openRule}
            t={t}
            draftCheck={draftCheck}
            onClose={() => setOpen(null)}
            onApply={(r) => {
              props.onChange(withRule(content, base, r));
              setOpen(null);
            }}
          />
        )}
      </div>
    </div>
  );
}
