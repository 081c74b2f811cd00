// Editing a draft of a rule pack or of an overlay (a province's or agency's changes to its base):
// header, rule list, one rule's form; an overlay is edited on the merged rules and stored as the
// differences from the base.
import { useMemo, useState } from 'react';
import type { Pack, RuleSpec } from '../../../rules/pack.ts';
import { SEVERITY_VI, splitTitle } from '../../../rules/pack-diff.ts';
import type { Content } from '../../lib/editor/draft.ts';
import { draftIssues, headerFields, type Issue } from '../../lib/editor/form.ts';
import type { EditorDict } from '../../lib/editor/i18n.ts';
import { FieldInput } from './FieldInput.tsx';
import { RuleForm } from './RuleForm.tsx';

type Override = Partial<RuleSpec> & { id: string };
const OVERRIDABLE = ['enabled', 'severity', 'message', 'legalRef', 'fix', 'appliesTo'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The rules an editor sees: the pack's own, or the base's with the overlay's changes on top. */
export function visibleRules(content: Content, base: Pack | null): RuleSpec[] {
  if (content.kind !== 'overlay' || !base) return content.rules as RuleSpec[];
  const byId = new Map((content.rules as Override[]).map((o) => [o.id, o]));
  return base.rules.map((r) => {
    const o = byId.get(r.id);
    return o ? ({ ...r, ...o, params: { ...r.params, ...(o.params ?? {}) } } as RuleSpec) : r;
  });
}

/** An edited rule written back into the content (an overlay keeps only what differs from the base). */
export function withRule(content: Content, base: Pack | null, rule: RuleSpec): Content {
  if (content.kind !== 'overlay' || !base) return { ...content, rules: (content.rules as RuleSpec[]).map((r) => (r.id === rule.id ? rule : r)) };
  const b = base.rules.find((r) => r.id === rule.id)!;
  const o: Override = { id: rule.id };
  for (const k of OVERRIDABLE) if (!same(b[k], rule[k])) (o as Record<string, unknown>)[k] = rule[k];
  const params = Object.fromEntries(Object.entries(rule.params).filter(([k, v]) => !same(b.params[k], v)));
  if (Object.keys(params).length) o.params = params;
  const others = (content.rules as Override[]).filter((x) => x.id !== rule.id);
  const keep = Object.keys(o).length > 1;
  const order = base.rules.map((r) => r.id);
  return { ...content, rules: [...others, ...(keep ? [o] : [])].sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id)) };
}

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
          <FieldInput key={d.key} def={d} path={d.key} value={content[d.key]} issues={headIssues} onChange={(v) => props.onChange({ ...content, [d.key]: v } as Content)} />
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
