// GOV.UK-style summary box: a complete dossier in green, otherwise what is missing / extra /
// not filled in, each line with its legal basis and a link to the component or file below.
import type { ReceptionResult } from '../../lib/reception/client.ts';
import type { ReceptionStrings } from '../../lib/reception/strings.ts';
import { summarySections } from '../../lib/reception/summary.ts';

export function Summary({ s, result }: { s: ReceptionStrings; result: ReceptionResult }) {
  const sections = summarySections(result);
  if (!sections.length) {
    return (
      <div className="govuk-panel ok-panel" data-testid="summary" data-state="complete" role="status">
        <h2>{s.complete}</h2>
        <p>{s.completeNote}</p>
      </div>
    );
  }
  return (
    <div className="govuk-error-summary" data-testid="summary" data-state="problem" role="alert" tabIndex={-1}>
      <h2>{s.problem}</h2>
      {sections.map((sec) => (
        <section key={sec.key} data-testid={`summary-${sec.key}`}>
          <h3>{s.sections[sec.key]}</h3>
          <ul>
            {sec.lines.map((l, i) => (
              <li key={i} data-rule={l.ruleId} className={l.status === 'needs_review' ? 'review' : ''}>
                {l.anchor ? (
                  <a href={`#${l.anchor}`} onClick={(e) => (e.preventDefault(), document.getElementById(l.anchor!)?.scrollIntoView({ block: 'center' }))}>
                    {l.message}
                  </a>
                ) : (
                  <span>{l.message}</span>
                )}
                {l.legalRef ? (
                  <small className="basis">
                    {' '}
                    {s.basis}: {l.legalRef}
                  </small>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
