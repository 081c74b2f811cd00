// One on-screen table of the dashboard; cells that stand for a rule open its details.
import { memo } from 'react';
import type { Section } from '../../lib/inspector/dashboard-model.ts';
import { suppressedLabel } from '../../lib/inspector/format.ts';

export const SectionTable = memo(function SectionTable({ section, minCell, onOpen }: { section: Section; minCell: number; onOpen: (t: { rule: string; unit?: string }) => void }) {
  const hidden = suppressedLabel(minCell);
  return (
    <section className="lazy">
      <h2>{section.title}</h2>
      <table className="grid" data-testid={`table-${section.key}`}>
        <thead>
          <tr>
            {section.head.map((h, i) => (
              <th key={i} className={i === 0 ? 'name' : ''}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) => {
                const link = section.links?.[i]?.[j];
                return (
                  <td
                    key={j}
                    className={[j === 0 || (section.key === 'topRules' && j === 1) ? 'name' : '', link ? 'link' : '', v === hidden ? 'sup' : ''].join(' ')}
                    data-rule={link?.rule}
                    data-unit={link?.unit}
                    onClick={link ? () => onOpen(link) : undefined}
                    title={v === hidden ? `Ít hơn ${minCell} văn bản: số liệu được ẩn` : undefined}
                  >
                    {v}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
