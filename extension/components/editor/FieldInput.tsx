// One input for one schema field (FieldDef from lib/editor/form.ts) with its refusal reasons under it.
import { useEffect, useState } from 'react';
import { SEVERITY_VI } from '../../../rules/pack-diff.ts';
import { toList, toNumber, type FieldDef, type Issue } from '../../lib/editor/form.ts';

const OPTION_VI: Record<string, string> = {
  ...SEVERITY_VI,
  enforce: 'áp dụng',
  observe: 'quan sát',
  immediately: 'ngay trong ngày',
  'working-days': 'ngày làm việc',
  'working-hours': 'giờ làm việc',
  days: 'ngày',
};

export function Reasons({ issues, path }: { issues: Issue[]; path: string }) {
  const mine = issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
  if (!mine.length) return null;
  return (
    <ul className="bad reasons" data-testid={`reason-${path}`}>
      {mine.map((i, k) => (
        <li key={k}>{i.message}</li>
      ))}
    </ul>
  );
}

const show = (v: unknown) => (v === undefined || v === null ? '' : String(v).replace('.', ','));

/** A number box that keeps what is typed ("30," while typing) and reports the value. */
export function NumberBox(props: { value: unknown; onChange: (v: number | string | undefined) => void; testId: string; label: string }) {
  const [text, setText] = useState(show(props.value));
  useEffect(() => {
    if (toNumber(text) !== props.value) setText(show(props.value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  return (
    <input
      type="text"
      inputMode="decimal"
      className="num"
      aria-label={props.label}
      data-testid={props.testId}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        props.onChange(toNumber(e.target.value));
      }}
    />
  );
}

export function FieldInput(props: { def: FieldDef; value: unknown; onChange: (v: unknown) => void; issues: Issue[]; path: string; idPrefix?: string }) {
  const { def, value, onChange, path } = props;
  const id = `${props.idPrefix ?? 'f-'}${path}`;
  let input;
  if (def.input === 'checkbox')
    input = <input id={id} type="checkbox" data-testid={id} checked={value === undefined ? def.key === 'enabled' : Boolean(value)} onChange={(e) => onChange(e.target.checked)} />;
  else if (def.input === 'select')
    input = (
      <select id={id} data-testid={id} value={String(value ?? '')} onChange={(e) => onChange(e.target.value || undefined)}>
        {def.optional && <option value="">(không đặt)</option>}
        {def.options!.map((o) => (
          <option key={o} value={o}>
            {OPTION_VI[o] ?? o}
          </option>
        ))}
      </select>
    );
  else if (def.input === 'number')
    input = <NumberBox label={def.label} testId={id} value={value} onChange={(v) => onChange(v === undefined ? (def.nullable ? null : undefined) : v)} />;
  else if (def.input === 'list')
    input = (
      <input
        id={id}
        type="text"
        data-testid={id}
        defaultValue={Array.isArray(value) ? value.join(', ') : ''}
        onChange={(e) => {
          const l = toList(e.target.value);
          onChange(l.length || !def.optional ? l : undefined);
        }}
      />
    );
  else if (def.input === 'textarea')
    input = <textarea id={id} data-testid={id} rows={2} value={String(value ?? '')} onChange={(e) => onChange(e.target.value === '' && def.optional ? undefined : e.target.value)} />;
  else
    input = (
      <input
        id={id}
        type="text"
        data-testid={id}
        placeholder={def.input === 'date' ? 'YYYY-MM-DD' : undefined}
        value={String(value ?? '')}
        onChange={(e) => onChange(e.target.value === '' ? (def.nullable ? null : def.optional ? undefined : '') : e.target.value)}
      />
    );
  return (
    <div className={`field field-${def.input}`}>
      <label htmlFor={id}>{def.label}</label>
      {input}
      <Reasons issues={props.issues} path={path} />
    </div>
  );
}
