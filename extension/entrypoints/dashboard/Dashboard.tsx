// Inspector dashboard: filters → one GET /stats/dashboard (all figures) → the on-screen tables (dashboard-model.ts),
// two charts, drill-down to a rule, exports of exactly these tables, print.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { InspectorDict } from '../../lib/inspector/i18n.ts';
import { nd30Pack } from '../../../rules/packs/index.ts';
import type { Pack } from '../../../rules/pack.ts';
import { BarChart } from '../../components/inspector/BarChart.tsx';
import type { Session } from '../../components/inspector/Guard.tsx';
import { Nav } from '../../components/inspector/Nav.tsx';
import { download } from '../../lib/download.ts';
import type { Filters, Unit } from '../../lib/inspector/api.ts';
import { buildModel, TABLE_RULES, type DashModel, type Section } from '../../lib/inspector/dashboard-model.ts';
import { dashboardCsv, dashboardXlsx } from '../../lib/inspector/export.ts';
import { suppressedLabel } from '../../lib/inspector/format.ts';
import { Drill } from './Drill.tsx';
import { SectionTable } from './SectionTable.tsx';

const DOC_TYPES = ['QĐ', 'CV', 'TB', 'BC', 'TTr', 'KH', 'GM', 'NQ', 'CT', 'QC', 'QyĐ', 'HD', 'CTr', 'PA', 'ĐA', 'DA', 'BB', 'TTr', 'HĐ', 'CĐ', 'GUQ', 'GGT', 'PG', 'PC', 'PB', 'TC'];

/** Units in tree order, indented by depth. */
function treeOrder(units: Unit[], root: string): { id: string; label: string }[] {
  const out: { id: string; label: string }[] = [];
  const walk = (id: string, depth: number) => {
    const u = units.find((x) => x.id === id);
    out.push({ id, label: `${'\u00a0\u00a0'.repeat(depth)}${u?.name || id}` });
    for (const c of units.filter((x) => x.parent === id).sort((a, b) => a.id.localeCompare(b.id))) walk(c.id, depth + 1);
  };
  walk(root, 0);
  return out;
}

export function Dashboard({ session }: { session: Session }) {
  const { api, me, t } = session;
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [pack, setPack] = useState<Pack | null>(null);
  const [draft, setDraft] = useState<Filters>({ unit: me.unit });
  const [filters, setFilters] = useState<Filters>({ unit: me.unit });
  const [model, setModel] = useState<DashModel | null>(null);
  // The previous figures stay on screen while new ones load: React and chart.js update in place.
  const [loading, setLoading] = useState(true);
  // Which filters the figures on screen answer: "ready" only once they answer the current ones.
  const [shownFor, setShownFor] = useState<Filters | null>(null);
  const [error, setError] = useState('');
  const [drill, setDrill] = useState<{ rule: string; unit?: string } | null>(null);
  // Pack versions found in the data under the other filters (the server leaves the pack filters out of this part).
  const [versions, setVersions] = useState<{ pack: string; version: string }[]>([]);

  useEffect(() => {
    void api.units().then(setUnits, () => setUnits([]));
    void api.pack('nd30').then((p) => setPack(p ?? nd30Pack));
  }, [api]);

  // Render time of the last query round (read by test/bench/dashboard.ts): queries + model + paint.
  const started = useRef(0);
  const fetched = useRef(0);
  const committed = useRef(0);
  useLayoutEffect(() => {
    committed.current = performance.now();
  }, [model, loading]);
  useEffect(() => {
    if (model && !loading)
      (window as unknown as { __dashRender?: { ms: number; fetchMs: number; commitMs: number } }).__dashRender = {
        ms: performance.now() - started.current,
        fetchMs: fetched.current - started.current,
        commitMs: committed.current - started.current,
      };
  }, [model, loading]);

  useEffect(() => {
    if (!pack || !units) return; // names and titles first: one query round, not three
    let live = true;
    setLoading(true);
    setError('');
    started.current = performance.now();
    void (async () => {
      try {
        // One request for every figure: five separate ones cost the page most of its render time (issue 9).
        const d = await api.dashboard(filters, TABLE_RULES);
        if (!live) return;
        fetched.current = performance.now();
        const part = (x: typeof d.overall) => ({ ...x, minCell: d.minCell });
        setVersions(d.packVersions.rows.map((r) => ({ pack: r.pack ?? '', version: r.packVersion ?? '' })));
        setModel(buildModel({ overall: part(d.overall), byRule: part(d.byRule), trend: part(d.trend), byUnit: part(d.byUnit), unitRule: part(d.unitRule) }, t, pack, units));
        setShownFor(filters);
        setLoading(false);
      } catch (e) {
        if (live) {
          setError(`${t.serverError}: ${(e as Error).message}`);
          setModel(null);
          setLoading(false);
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [filters, pack, units, api, t]);

  const unitOptions = useMemo(() => treeOrder(units ?? [], me.unit), [units, me.unit]);
  const filterLine = [
    `${t.unit}: ${units?.find((u) => u.id === filters.unit)?.name || filters.unit}`,
    `${t.from}: ${filters.from ?? t.all}`,
    `${t.to}: ${filters.to ?? t.all}`,
    `${t.docType}: ${filters.docType ?? t.all}`,
    `${t.rule}: ${filters.rule ?? t.all}`,
    `${t.mode}: ${filters.mode ? t[filters.mode] : t.all}`,
    `${t.packVersion}: ${filters.packVersion ? `${filters.pack} ${filters.packVersion}` : t.all}`,
  ].join('; ');
  const set = (k: keyof Filters) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value || undefined }));
  const sec = (k: Section['key']) => model?.sections.find((s) => s.key === k);

  return (
    <main className="insp" data-testid="dashboard" data-ready={model && !loading && shownFor === filters ? 'yes' : 'no'}>
      <Nav t={t} here="dashboard" />
      <h1>{t.dashTitle}</h1>
      <form
        className="filters no-print"
        onSubmit={(e) => {
          e.preventDefault();
          setDrill(null);
          setFilters({ ...draft, unit: draft.unit || me.unit });
        }}
      >
        <label>
          {t.unit}
          <select data-testid="f-unit" value={draft.unit} onChange={set('unit')}>
            {(unitOptions.length ? unitOptions : [{ id: me.unit, label: me.unit }]).map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.from}
          <input type="month" data-testid="f-from" value={draft.from ?? ''} onChange={set('from')} />
        </label>
        <label>
          {t.to}
          <input type="month" data-testid="f-to" value={draft.to ?? ''} onChange={set('to')} />
        </label>
        <label>
          {t.docType}
          <select data-testid="f-doctype" value={draft.docType ?? ''} onChange={set('docType')}>
            <option value="">{t.all}</option>
            {[...new Set(DOC_TYPES)].map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          {t.rule}
          <select data-testid="f-rule" value={draft.rule ?? ''} onChange={set('rule')}>
            <option value="">{t.all}</option>
            {(pack ?? nd30Pack).rules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.mode}
          <select data-testid="f-mode" value={draft.mode ?? ''} onChange={set('mode')}>
            <option value="">{t.all}</option>
            <option value="enforce">{t.enforce}</option>
            <option value="observe">{t.observe}</option>
          </select>
        </label>
        <label>
          {t.packVersion}
          <select
            data-testid="f-packversion"
            value={draft.packVersion ? JSON.stringify([draft.pack ?? '', draft.packVersion]) : ''}
            onChange={(e) => {
              const [p, v] = e.target.value ? (JSON.parse(e.target.value) as string[]) : [];
              setDraft((d) => ({ ...d, pack: p || undefined, packVersion: v || undefined }));
            }}
          >
            <option value="">{t.all}</option>
            {versions.map((v) => (
              <option key={JSON.stringify([v.pack, v.version])} value={JSON.stringify([v.pack, v.version])}>
                {v.pack} {v.version}
              </option>
            ))}
          </select>
        </label>
        <button className="primary" type="submit" data-testid="f-apply">
          {t.apply}
        </button>
      </form>
      <p className="muted-text" data-testid="filter-line">
        {filterLine}
      </p>
      {error && <p className="warn">{error}</p>}
      {/* Always in the layout: showing it must not move (and repaint) the whole page. */}
      <p className="muted-text no-print" style={{ visibility: loading && !error ? 'visible' : 'hidden', margin: 0 }}>
        {t.loading}
      </p>
      {model && (
        <>
          <div className="bar actions no-print">
            <button data-testid="export-csv" onClick={() => download('thong-ke.csv', dashboardCsv(model.sections), 'text/csv;charset=utf-8')}>
              {t.exportCsv}
            </button>
            <button data-testid="export-xlsx" onClick={async () => download('thong-ke.xlsx', await dashboardXlsx(model.sections, filterLine))}>
              {t.exportXlsx}
            </button>
            <button data-testid="print" onClick={() => window.print()}>
              {t.print}
            </button>
          </div>
          <p className="muted-text">
            {t.lastCheckNote} {t.suppressedNote.replaceAll('{n}', String(model.minCell))}
          </p>
          <div className="figures" data-testid="figures">
            {sec('overview')!.rows.map(([k, v]) => (
              <div className="figure" key={k}>
                {k}
                <b data-testid="figure" data-key={k} className={v === suppressedLabel(model.minCell) ? 'sup' : ''}>
                  {v}
                </b>
              </div>
            ))}
          </div>
          {drill && <Drill session={session} pack={pack ?? nd30Pack} filters={filters} target={drill} units={units ?? []} onClose={() => setDrill(null)} />}
          <Charts model={model} t={t} />
          {model.sections
            .filter((s) => s.key !== 'overview')
            .map((s) => (
              <SectionTable key={s.key} section={s} minCell={model.minCell} onOpen={setDrill} />
            ))}
        </>
      )}
    </main>
  );
}

/** Both charts; memoised so a re-render for "loading" does not touch the canvases. */
const Charts = memo(function Charts({ model, t }: { model: DashModel; t: InspectorDict }) {
  return (
    <div className="charts">
      <section>
        <h2>{t.topRules}</h2>
        <BarChart
          testId="chart-rules"
          horizontal
          labels={model.chartRules.map((r) => r.label)}
          series={[{ label: 'Văn bản có lỗi', data: model.chartRules.map((r) => r.withError) }]}
          height={Math.max(160, model.chartRules.length * 28)}
        />
      </section>
      <section>
        <h2>{t.trend}</h2>
        <BarChart
          testId="chart-trend"
          labels={model.chartMonths.map((m) => m.month)}
          series={[
            { label: 'Số văn bản', data: model.chartMonths.map((m) => m.documents) },
            { label: 'Văn bản có lỗi', data: model.chartMonths.map((m) => m.withError) },
          ]}
        />
      </section>
    </div>
  );
});
