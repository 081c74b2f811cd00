// The form of one rule, generated from the RuleSpec schema (fields) and from the shapes of its
// parameters (ranges → min/max boxes). Refusals are shown live; nothing is saved while any remain.
import { useMemo, useState } from 'react';
import type { RuleSpec } from '../../../rules/pack.ts';
import { splitTitle } from '../../../rules/pack-diff.ts';
import { examplesOf, FIXTURE_DIR } from '../../lib/editor/fixtures.ts';
import { paramInput, ruleFields, ruleIssues, syncTitle, toList, type Issue, type ParamInput } from '../../lib/editor/form.ts';
import type { EditorDict } from '../../lib/editor/i18n.ts';
import { FieldInput, NumberBox, Reasons } from './FieldInput.tsx';

const PARAM_VI: Record<string, string> = { range: 'Khoảng cho phép', size: 'Cỡ chữ (pt)', toleranceMm: 'Dung sai (mm)', pdfToleranceMm: 'Dung sai với PDF (mm)', tolerancePt: 'Dung sai (pt)', ratio: 'Tỉ lệ đường kẻ', lines: 'Giãn dòng (dòng)', minPt: 'Cách đoạn tối thiểu (pt)', valuesMm: 'Thụt đầu dòng (mm)', maxFindings: 'Số phát hiện tối đa' };

export function RuleForm(props: {
  rule: RuleSpec;
  t: EditorDict;
  /** Extra problems of the draft with this rule in it (whole-pack schema, overlay merge). */
  draftCheck: (r: RuleSpec) => Issue[];
  onApply: (r: RuleSpec) => void;
  onClose: () => void;
}) {
  const { t } = props;
  const [r, setR] = useState<RuleSpec>(() => structuredClone(props.rule));
  const shapes = useMemo(() => Object.fromEntries(Object.entries(props.rule.params).map(([k, v]) => [k, paramInput(v)])) as Record<string, ParamInput>, [props.rule]);
  const issues = useMemo(() => {
    const own = ruleIssues(r as unknown as Record<string, unknown>, false, shapes);
    return own.length ? own : props.draftCheck(r);
  }, [r, shapes, props]);
  const set = (k: string, v: unknown) => setR((x) => ({ ...x, [k]: v }) as RuleSpec);
  const setParam = (k: string, v: unknown) => setR((x) => ({ ...x, params: { ...x.params, [k]: v } }) as RuleSpec);
  const ex = examplesOf(r.id);
  const unit = splitTitle(props.rule.title).unit;

  return (
    <section className="rule-form" data-testid="rule-form" data-rule={r.id}>
      <h3>
        {props.rule.title} <span className="muted-text">({r.id})</span>
      </h3>
      {ruleFields(false).map((d) => (
        <FieldInput key={d.key} def={d} path={d.key} value={(r as unknown as Record<string, unknown>)[d.key]} onChange={(v) => set(d.key, v)} issues={issues} />
      ))}
      {Object.keys(r.params).length > 0 && <h4>{t.params}</h4>}
      {Object.entries(r.params).map(([k, v]) => {
        const shape = shapes[k];
        const label = PARAM_VI[k] ?? k;
        const path = `params.${k}`;
        let input;
        if (shape === 'range') {
          const rv = (v ?? {}) as { min?: unknown; max?: unknown };
          const put = (side: 'min' | 'max', n: unknown) => {
            const next: Record<string, unknown> = { ...rv, [side]: n };
            if (n === undefined) delete next[side];
            setParam(k, next);
          };
          input = (
            <span className="range">
              {t.min} <NumberBox label={`${label} ${t.min}`} testId={`p-${k}-min`} value={rv.min} onChange={(n) => put('min', n)} /> – {t.max}{' '}
              <NumberBox label={`${label} ${t.max}`} testId={`p-${k}-max`} value={rv.max} onChange={(n) => put('max', n)} /> {k === 'range' ? unit : ''}
            </span>
          );
        } else if (shape === 'number') input = <NumberBox label={label} testId={`p-${k}`} value={v} onChange={(n) => setParam(k, n)} />;
        else if (shape === 'checkbox') input = <input type="checkbox" data-testid={`p-${k}`} checked={Boolean(v)} onChange={(e) => setParam(k, e.target.checked)} />;
        else if (shape === 'text') input = <input type="text" data-testid={`p-${k}`} value={String(v)} onChange={(e) => setParam(k, e.target.value)} />;
        else if (shape === 'list')
          input = <input type="text" data-testid={`p-${k}`} defaultValue={(v as unknown[]).join(', ')} onChange={(e) => setParam(k, toList(e.target.value, (props.rule.params[k] as unknown[]).some((x) => typeof x === 'number')))} />;
        else
          input = (
            <textarea
              data-testid={`p-${k}`}
              rows={3}
              defaultValue={JSON.stringify(v, null, 1)}
              onChange={(e) => {
                try {
                  setParam(k, JSON.parse(e.target.value));
                } catch {
                  setParam(k, e.target.value); // zod says why it is refused
                }
              }}
            />
          );
        return (
          <div className={`field param-${shape}`} key={k}>
            <label>{label}</label>
            {input}
            <Reasons issues={issues} path={path} />
          </div>
        );
      })}
      {issues.length > 0 && (
        <div className="warn" data-testid="rule-refused">
          {t.refusedEdit}
          <ul>
            {issues.map((i, n) => (
              <li key={n}>
                <code>{i.path || '—'}</code>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="bar">
        <button className="primary" data-testid="rule-apply" disabled={issues.length > 0} onClick={() => props.onApply({ ...r, title: syncTitle(props.rule, r) })}>
          {t.apply}
        </button>
        <button onClick={props.onClose}>{t.close}</button>
      </div>
      <div className="examples" data-testid="examples">
        <h4>{t.examples}</h4>
        <p className="muted-text">{t.examplesNote}</p>
        <p>
          <b>{t.failing}:</b> <span data-testid="examples-fail">{ex.fail.join(', ') || t.none}</span>
        </p>
        <p>
          <b>{t.passing}:</b> <span data-testid="examples-pass">{ex.pass.join(', ') || t.none}</span>
        </p>
        <p className="muted-text">{FIXTURE_DIR}</p>
      </div>
    </section>
  );
}
