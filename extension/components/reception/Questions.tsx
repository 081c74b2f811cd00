// The case questions of the procedure (authorised? child abandoned? online or on paper?).
import type { Procedure } from '../../../rules/dossier/index.ts';

export function Questions(props: { procedure: Procedure; answers: Record<string, string>; onChange(key: string, value: string): void }) {
  const { procedure, answers } = props;
  if (!procedure.questions.length) return null;
  return (
    <fieldset className="questions" data-testid="questions">
      {procedure.questions.map((q) => (
        <label key={q.key} className="question">
          <span>{q.label}</span>
          <select data-testid={`q-${q.key}`} value={answers[q.key] ?? q.default} onChange={(e) => props.onChange(q.key, e.target.value)}>
            {q.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
