// Choose the procedure: search the catalogue by name or code, or take the one the open portal page names.
import { useMemo, useState } from 'react';
import { defaultCatalogue, searchProcedures, type Procedure } from '../../../rules/dossier/index.ts';
import type { ReceptionStrings } from '../../lib/reception/strings.ts';

export function ProcedurePicker(props: { s: ReceptionStrings; value: Procedure | null; portal?: { code: string; name?: string } | null; onPick(code: string): void }) {
  const { s, value } = props;
  const [q, setQ] = useState('');
  const hits = useMemo(() => (q.trim() ? searchProcedures(defaultCatalogue, q).slice(0, 8) : defaultCatalogue.procedures), [q]);
  if (value) {
    return (
      <div className="bar" data-testid="procedure">
        <b data-testid="procedure-name">
          {value.code} — {value.name}
        </b>
        <button data-testid="procedure-change" onClick={() => props.onPick('')}>
          {s.change}
        </button>
      </div>
    );
  }
  return (
    <div data-testid="procedure-picker">
      <input type="text" data-testid="procedure-search" placeholder={s.searchHint} value={q} onChange={(e) => setQ(e.target.value)} autoFocus />
      {props.portal ? (
        <p>
          <button data-testid="procedure-from-portal" onClick={() => props.onPick(props.portal!.code)}>
            {s.fromPortal}: {props.portal.code} {props.portal.name ?? ''}
          </button>
        </p>
      ) : null}
      {hits.length ? (
        <ul className="proc-list">
          {hits.map((p) => (
            <li key={p.code}>
              <button className="link" data-testid="procedure-option" data-code={p.code} onClick={() => props.onPick(p.code)}>
                <b>{p.code}</b> {p.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{s.noMatch}</p>
      )}
    </div>
  );
}
