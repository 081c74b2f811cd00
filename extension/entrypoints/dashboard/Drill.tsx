// Drill-down: the rule's meaning (pack in force) and the counts behind a cell, by type and by month.
import { useEffect, useState } from 'react';
import type { Pack } from '../../../rules/pack.ts';
import type { Session } from '../../components/inspector/Guard.tsx';
import type { Filters, StatsRow, Unit } from '../../lib/inspector/api.ts';
import { int, monthLabel, pct, suppressedLabel } from '../../lib/inspector/format.ts';

const SEVERITY: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

export function Drill({
  session,
  pack,
  filters,
  target,
  units,
  onClose,
}: {
  session: Session;
  pack: Pack;
  filters: Filters;
  target: { rule: string; unit?: string };
  units: Unit[];
  onClose: () => void;
}) {
  const { api, t } = session;
  const [rows, setRows] = useState<{ byType: StatsRow[]; byMonth: StatsRow[]; minCell: number } | null>(null);
  const spec = pack.rules.find((r) => r.id === target.rule);
  const f: Filters = { ...filters, unit: target.unit ?? filters.unit, rule: target.rule };
  useEffect(() => {
    setRows(null);
    void Promise.all([api.stats(f, ['docType']), api.stats(f, ['month'])]).then(([a, b]) => setRows({ byType: a.rows, byMonth: b.rows, minCell: a.minCell }));
  }, [target.rule, target.unit, JSON.stringify(filters)]);
  const table = (title: string, list: StatsRow[], key: 'docType' | 'month', minCell: number) => (
    <div>
      <h3>{title}</h3>
      <table className="grid">
        <thead>
          <tr>
            <th className="name">{key === 'docType' ? t.docType : 'Tháng'}</th>
            <th>Văn bản có kết quả</th>
            <th>Văn bản có lỗi</th>
            <th>Tỉ lệ</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r, i) => {
            const k = key === 'month' ? monthLabel(String(r.month)) : (r.docType ?? 'Chưa xác định');
            const h = suppressedLabel(minCell);
            return (
              <tr key={i}>
                <td className="name">{k}</td>
                {r.suppressed ? (
                  <>
                    <td className="sup">{h}</td>
                    <td className="sup">{h}</td>
                    <td className="sup">{h}</td>
                  </>
                ) : (
                  <>
                    <td>{int(r.documents)}</td>
                    <td>{int(r.documentsWithError)}</td>
                    <td>{pct(r.errorShare)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
  return (
    <section className="drill" data-testid="drill" data-rule={target.rule}>
      <div className="bar">
        <h2 style={{ flex: 1 }}>
          {t.drillTitle}: {spec?.title ?? target.rule}
          {target.unit ? ` — ${units.find((u) => u.id === target.unit)?.name || target.unit}` : ''}
        </h2>
        <button className="no-print" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <dl>
        <dt>Mã quy tắc</dt>
        <dd>
          <code>{target.rule}</code>
        </dd>
        {spec && (
          <>
            <dt>{t.message}</dt>
            <dd data-testid="drill-message">{spec.message}</dd>
            <dt>{t.legalRef}</dt>
            <dd data-testid="drill-legal">{spec.legalRef}</dd>
            <dt>{t.severity}</dt>
            <dd>{SEVERITY[spec.severity] ?? spec.severity}</dd>
            <dt>Bộ quy tắc</dt>
            <dd>
              {pack.title} ({pack.version})
            </dd>
          </>
        )}
      </dl>
      {rows ? (
        <div className="bar" style={{ alignItems: 'flex-start', gap: 20 }} data-testid="drill-counts">
          {table(t.byDocType, rows.byType, 'docType', rows.minCell)}
          {table(t.byMonth, rows.byMonth, 'month', rows.minCell)}
        </div>
      ) : (
        <p className="muted-text">{t.loading}</p>
      )}
    </section>
  );
}
