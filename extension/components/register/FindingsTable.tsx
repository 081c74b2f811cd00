// The dossiers at fault: one row per finding, the dossier code and the row of the export first.
import { SEVERITY_LABEL, STATUS_LABEL, monthLabel, placeOf, ruleTitle, type FindingRow } from '../../lib/register/view.ts';

export function FindingsTable({ rows, file }: { rows: FindingRow[]; file: string }) {
  if (!rows.length) return <p data-testid="no-findings">Không có hồ sơ nào theo bộ lọc này.</p>;
  return (
    <div className="scroll" style={{ overflow: 'auto', maxHeight: '60vh' }}>
      <table className="grid" data-testid="findings-table">
        <thead>
          <tr>
            {['Vị trí', 'Mã hồ sơ', 'Tháng', 'Quy tắc', 'Kết luận', 'Nội dung', 'Thực tế', 'Cách sửa'].map((h) => (
              <th key={h} className="name" style={{ cursor: 'default' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ i, finding: f, month }) => (
            <tr key={i} data-testid="finding-row" data-rule={f.ruleId} data-code={f.location?.text ?? ''} data-status={f.status}>
              <td className="name">{placeOf(f, file)}</td>
              <td className="name code" data-col="code">
                {f.location?.text ?? ''}
              </td>
              <td className="name">{monthLabel(month)}</td>
              <td className="name" title={f.ruleId}>
                {ruleTitle(f.ruleId)}
                <div className="muted-text">{f.ruleId}</div>
              </td>
              <td className={`name ${f.status === 'fail' ? 'fail' : ''}`}>
                {STATUS_LABEL[f.status as 'fail' | 'needs_review'] ?? f.status}
                {f.status === 'fail' ? <div className="muted-text">{SEVERITY_LABEL[f.severity] ?? f.severity}</div> : null}
              </td>
              <td className="wrap">
                {f.message}
                {f.legalRef ? <div className="muted-text">Căn cứ: {f.legalRef}</div> : null}
              </td>
              <td className="wrap">{f.found ?? ''}</td>
              <td className="wrap">{f.fix ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
