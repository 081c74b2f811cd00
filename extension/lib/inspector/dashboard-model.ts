// What the dashboard shows, as plain tables: the screen renders these and the CSV/XLSX exports
// write the very same cells, so an export is exactly what is on screen.
import type { Pack } from '../../../rules/pack.ts';
import type { StatsAnswer, StatsRow, Unit } from './api.ts';
import { dec, int, monthLabel, pct, suppressedLabel } from './format.ts';
import type { InspectorDict } from './i18n.ts';

export type Cell = string;
export interface Section {
  key: 'overview' | 'topRules' | 'trend' | 'unitRule';
  title: string;
  head: string[];
  rows: Cell[][];
  /** Per row, what a click opens: the rule (and unit) behind the cell, by column. */
  links?: ({ rule: string; unit?: string } | null)[][];
}

export interface DashAnswers {
  overall: StatsAnswer;
  byRule: StatsAnswer;
  trend: StatsAnswer;
  byUnit: StatsAnswer;
  unitRule: StatsAnswer;
}

export interface DashModel {
  minCell: number;
  sections: Section[];
  /** For charts: top rules with counts (suppressed excluded) and months. */
  chartRules: { rule: string; label: string; withError: number; documents: number }[];
  chartMonths: { month: string; documents: number | null; withError: number | null; share: number | null }[];
}

type Shown = Extract<StatsRow, { suppressed: false }>;
const shown = (r: StatsRow | undefined): r is Shown => !!r && !r.suppressed;
export const TOP_RULES = 10;
export const TABLE_RULES = 6;

export function ruleTitle(pack: Pack | null, id: string): string {
  return pack?.rules.find((r) => r.id === id)?.title ?? id;
}

/** Rules ordered by documents with an error (suppressed groups last, by id). */
export function rankRules(rows: StatsRow[]): StatsRow[] {
  return [...rows].sort((a, b) => {
    if (a.suppressed !== b.suppressed) return a.suppressed ? 1 : -1;
    const d = shown(a) && shown(b) ? b.documentsWithError - a.documentsWithError || b.documents - a.documents : 0;
    return d || String(a.rule).localeCompare(String(b.rule));
  });
}

export function buildModel(a: DashAnswers, t: InspectorDict, pack: Pack | null, units: Unit[]): DashModel {
  const minCell = a.overall.minCell;
  const hidden = suppressedLabel(minCell);
  const o = a.overall.rows[0];
  // Errors per document: failing findings over the rules (suppressed groups have too few to matter, and stay hidden).
  const fails = a.byRule.rows.reduce((s, r) => s + (shown(r) ? (r.fail ?? 0) : 0), 0);
  const overview: Section = {
    key: 'overview',
    title: t.overview,
    head: ['', ''],
    rows: !o
      ? [[t.documents, '0']]
      : shown(o)
        ? [
            [t.documents, int(o.documents)],
            [t.errorShare, pct(o.errorShare)],
            [t.errorsPerDoc, dec(fails / o.documents)],
          ]
        : [
            [t.documents, hidden],
            [t.errorShare, hidden],
            [t.errorsPerDoc, hidden],
          ],
  };

  const ranked = rankRules(a.byRule.rows);
  const top = ranked.slice(0, TOP_RULES);
  const topRules: Section = {
    key: 'topRules',
    title: t.topRules,
    head: ['Mã quy tắc', 'Tên quy tắc', 'Văn bản có lỗi', 'Văn bản có kết quả', 'Tỉ lệ lỗi', 'Số lỗi'],
    rows: top.map((r) =>
      shown(r)
        ? [r.rule!, ruleTitle(pack, r.rule!), int(r.documentsWithError), int(r.documents), pct(r.errorShare), int(r.fail ?? 0)]
        : [r.rule!, ruleTitle(pack, r.rule!), hidden, hidden, hidden, hidden],
    ),
    links: top.map((r) => Array(6).fill({ rule: r.rule! })),
  };

  const trend: Section = {
    key: 'trend',
    title: t.trend,
    head: ['Tháng', 'Số văn bản', 'Văn bản có lỗi', 'Tỉ lệ'],
    rows: a.trend.rows.map((r) =>
      shown(r) ? [monthLabel(r.month!), int(r.documents), int(r.documentsWithError), pct(r.errorShare)] : [monthLabel(r.month!), hidden, hidden, hidden],
    ),
  };

  // Columns: the rules that fail most overall; rows: the units with checked documents.
  const cols = ranked.filter(shown).slice(0, TABLE_RULES).map((r) => r.rule!);
  const name = (id: string) => units.find((u) => u.id === id)?.name || id;
  const cell = new Map(a.unitRule.rows.map((r) => [`${r.unit}\u0000${r.rule}`, r]));
  const unitRows = a.byUnit.rows;
  const unitRule: Section = {
    key: 'unitRule',
    title: t.unitRule,
    head: ['Đơn vị', 'Số văn bản', ...cols],
    rows: unitRows.map((u) => {
      const cells = cols.map((rule) => {
        if (!shown(u)) return hidden;
        const r = cell.get(`${u.unit}\u0000${rule}`);
        if (!r) return '0';
        if (!shown(r)) return hidden;
        return `${r.documentsWithError} · ${pct(r.documentsWithError / u.documents)}`;
      });
      return [name(u.unit!), shown(u) ? int(u.documents) : hidden, ...cells];
    }),
    links: unitRows.map((u) => [null, null, ...cols.map((rule) => ({ rule, unit: u.unit! }))]),
  };

  return {
    minCell,
    sections: [overview, topRules, trend, unitRule],
    chartRules: top.filter(shown).map((r) => ({ rule: r.rule!, label: ruleTitle(pack, r.rule!), withError: r.documentsWithError, documents: r.documents })),
    chartMonths: a.trend.rows.map((r) => ({
      month: monthLabel(r.month!),
      documents: shown(r) ? r.documents : null,
      withError: shown(r) ? r.documentsWithError : null,
      share: shown(r) ? r.errorShare : null,
    })),
  };
}

/** All sections as one CSV-able grid: a title line, the header, the rows, a blank line. */
export function sectionsGrid(sections: Section[]): string[][] {
  const out: string[][] = [];
  for (const s of sections) {
    out.push([s.title]);
    if (s.head.some(Boolean)) out.push(s.head);
    out.push(...s.rows);
    out.push([]);
  }
  return out;
}
