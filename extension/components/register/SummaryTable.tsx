// The inspectors' table: per procedure and month, received / on time / late / late without
// apology / still open / not in the software, with a total row.
import type { SummaryRow } from '../../../rules/register/audit.ts';
import { COUNT_KEYS, SUMMARY_HEAD, monthLabel, totals } from '../../lib/register/view.ts';

export function SummaryTable({ rows }: { rows: SummaryRow[] }) {
  const t = totals(rows);
  return (
    <div className="scroll" style={{ overflow: 'auto', maxHeight: '45vh' }}>
      <table className="grid" data-testid="summary-table">
        <thead>
          <tr>
            {SUMMARY_HEAD.map((h, i) => (
              <th key={h} className={i < 3 ? 'name' : ''} style={{ cursor: 'default' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.procedureCode}|${r.month}`} data-testid="summary-row" data-procedure={r.procedureCode} data-month={r.month}>
              <td className="name">{r.procedureCode}</td>
              <td className="name">{r.procedureName}</td>
              <td className="name">{monthLabel(r.month)}</td>
              {COUNT_KEYS.map((k) => (
                <td key={k} data-col={k} className={(k === 'late' || k === 'lateWithoutApology' || k === 'notInSoftware') && r[k] ? 'fail' : ''}>
                  {r[k]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="summary-totals">
            <td className="name" colSpan={3}>
              Tổng cộng ({rows.length} dòng)
            </td>
            {COUNT_KEYS.map((k) => (
              <td key={k} data-col={k}>
                {t[k]}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
