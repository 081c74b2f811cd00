// The components of the case with the files matched to each, then every received file with the
// component it was recognised as; the clerk can reassign a file (re-checked without re-reading).
import type { ReceptionResult } from '../../lib/reception/client.ts';
import type { ReceptionStrings } from '../../lib/reception/strings.ts';
import { componentAnchor } from '../../lib/reception/summary.ts';

export function ComponentList(props: { s: ReceptionStrings; result: ReceptionResult; onAssign(file: string, to: string): void; onRemove(file: string): void }) {
  const { s, result } = props;
  const outdated = result.procedure?.outdated ?? [];
  return (
    <>
      <h2>{s.components}</h2>
      <table className="grid components" data-testid="components">
        <tbody>
          {result.components.map((c) => (
            <tr key={c.id} id={componentAnchor(c.id)} data-component={c.id} className={c.missing ? 'missing' : ''}>
              <td className="name">
                {c.name}
                <div className="muted-text">
                  {s.need[c.need]} · {s.copies(c.copies.original, c.copies.certified, c.copies.photocopy)}
                </div>
              </td>
              <td className="name" data-testid="component-status">
                {c.missing ? <b className="bad">{s.status.missing}</b> : c.files.length ? <span className="ok">{s.status.ok}</span> : c.satisfiedByAnswers ? s.status.answered : s.status.none}
              </td>
              <td className="name" data-testid="component-files">
                {c.files.join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{s.files}</h2>
      <table className="grid files-table" data-testid="received-files">
        <thead>
          <tr>
            <th className="name">{s.file}</th>
            <th className="name">{s.assigned}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {result.files.map((f, i) => {
            const value = f.assignedTo ? (f.assignedTo.startsWith('outdated:') ? f.assignedTo.slice(9) : f.assignedTo) : 'excess';
            return (
              <tr key={f.name} id={`file-${i}`} data-file={f.name}>
                <td className="name">
                  {f.name}
                  <div className="muted-text">
                    {f.title ? `“${f.title}” · ` : ''}
                    {s.by[f.by] ?? f.by}
                  </div>
                </td>
                <td className="name">
                  <select data-testid="assign" value={value} onChange={(e) => props.onAssign(f.name, e.target.value)}>
                    {result.components.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                    {outdated.map((o) => (
                      <option key={`o-${o.id}`} value={o.id}>
                        {s.outdated}: {o.name}
                      </option>
                    ))}
                    <option value="excess">{s.excess}</option>
                  </select>
                </td>
                <td>
                  <button title={s.remove} onClick={() => props.onRemove(f.name)}>
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
