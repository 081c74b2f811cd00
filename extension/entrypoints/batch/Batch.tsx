// Batch mode for inspectors: many files or a whole folder, one table of documents × rules.
import { useEffect, useMemo, useState } from 'react';
import { ReportView } from '../../components/ReportView.tsx';
import { batchCsv, batchXlsx, buildTable, sortRows, type BatchRow, type SortKey } from '../../lib/batch.ts';
import { download } from '../../lib/download.ts';
import { strings } from '../../lib/i18n.ts';
import { listInspections, matchSample, sampleOf, type InspectionHead, type SampleItem } from '../../lib/inspections.ts';
import type { PackState } from '../../lib/pack-sync.ts';
import { checkAndQueue, getPacks } from '../../lib/session.ts';
import { loadSettings, type Settings } from '../../lib/settings.ts';

type Picked = File & { webkitRelativePath?: string };

export function Batch() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [packs, setPacks] = useState<PackState | null>(null);
  const [rows, setRows] = useState<BatchRow[]>([]);
  const [todo, setTodo] = useState(0);
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'errors', dir: 'desc' });
  const [open, setOpen] = useState<string | null>(null);
  // Inspection sample from the server (inspectors): mark and filter the sampled documents.
  const [inspections, setInspections] = useState<InspectionHead[] | null>(null);
  const [sampleErr, setSampleErr] = useState<string | null>(null);
  const [sample, setSample] = useState<{ id: string; items: SampleItem[] } | null>(null);
  const [onlySample, setOnlySample] = useState(false);

  useEffect(() => {
    loadSettings().then((s) => {
      setSettings(s);
      if (s.server && s.token && s.role !== 'clerk')
        listInspections(s.server, s.token).then(setInspections).catch((e) => setSampleErr(String(e.message ?? e)));
    });
    getPacks().then(setPacks);
  }, []);

  const table = useMemo(() => buildTable(rows), [rows]);
  const match = useMemo(
    () => (sample ? matchSample(sample.items, rows.map((r) => ({ path: r.path, sha256: r.report?.sha256 }))) : null),
    [sample, rows],
  );
  const sorted = useMemo(() => {
    const all = sortRows(table, sort.key, sort.dir);
    return onlySample && match ? all.filter((r) => match.inSample.has(r.path)) : all;
  }, [table, sort, onlySample, match]);
  if (!settings) return null;
  const vi = settings.lang === 'vi';
  const s = strings[settings.lang];

  const run = async (list: Picked[]) => {
    // Hidden files (.DS_Store, ~$lock files of Word) are not documents.
    const files = list.filter((f) => !/(^|\/)(\.|~\$)[^/]*$/.test(f.webkitRelativePath || f.name));
    files.sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name));
    setRows([]);
    setOpen(null);
    setTodo(files.length);
    const ps = await getPacks();
    setPacks(ps);
    // Keep going past anything: a broken file is a row with its input.* finding.
    for (const f of files) {
      const path = f.webkitRelativePath || f.name;
      let row: BatchRow;
      try {
        const r = await checkAndQueue(f, { packs: ps, settings });
        row = { path, report: r.report };
      } catch (e) {
        row = { path, error: String((e as Error).message ?? e).split('\n')[0] };
      }
      setRows((rs) => [...rs, row]);
      setTodo((n) => n - 1);
    }
  };

  const th = (key: SortKey, label: string, cls = '', hint?: string) => (
    <th
      className={cls}
      data-sort={key}
      title={hint ?? label}
      onClick={() => setSort((o) => ({ key, dir: o.key === key && o.dir === 'desc' ? 'asc' : 'desc' }))}
    >
      {label}
      {sort.key === key ? (sort.dir === 'desc' ? ' ▼' : ' ▲') : ''}
    </th>
  );
  const openRow = rows.find((r) => r.path === open);

  return (
    <main>
      <h1>{s.batch}</h1>
      {packs ? (
        <p className="muted-text" data-testid="pack-in-force">
          {s.pack}: {packs.enforce.pack.id} {packs.enforce.pack.version} ({s.packSource[packs.enforce.source]})
        </p>
      ) : null}
      {inspections ? (
        <div className="bar" data-testid="sample-bar">
          <label>
            {vi ? 'Đợt kiểm tra (mẫu)' : 'Inspection sample'}:{' '}
            <select
              data-testid="sample-select"
              value={sample?.id ?? ''}
              onChange={async (e) => {
                const id = e.target.value;
                setSampleErr(null);
                if (!id) return setSample(null);
                try {
                  setSample({ id, items: await sampleOf(settings.server, settings.token, id) });
                } catch (err) {
                  setSampleErr(String((err as Error).message ?? err));
                }
              }}
            >
              <option value="">{vi ? '— không dùng mẫu —' : '— no sample —'}</option>
              {inspections.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title} ({i.unit}, {i.from} – {i.to}, {i.size} {vi ? 'văn bản' : 'documents'})
                </option>
              ))}
            </select>
          </label>
          {sample ? (
            <label>
              <input type="checkbox" data-testid="only-sample" checked={onlySample} onChange={(e) => setOnlySample(e.target.checked)} />{' '}
              {vi ? 'Chỉ hiện văn bản trong mẫu' : 'Only sampled documents'}
            </label>
          ) : null}
        </div>
      ) : null}
      {sampleErr ? <p className="bad">{sampleErr}</p> : null}
      {match && rows.length && todo === 0 ? (
        <p data-testid="sample-status">
          {vi
            ? `Mẫu có ${sample!.items.length} văn bản: tìm thấy ${match.inSample.size} tệp trong thư mục${match.missing.length ? `, thiếu ${match.missing.length} (mã băm ${match.missing.map((m) => m.sha256.slice(0, 10)).join(', ')}…)` : ''}.`
            : `Sample of ${sample!.items.length}: ${match.inSample.size} found in the folder${match.missing.length ? `, ${match.missing.length} missing` : ''}.`}
        </p>
      ) : null}
      <div className="bar">
        <label>
          {vi ? 'Chọn nhiều tệp' : 'Choose files'}:{' '}
          <input type="file" multiple data-testid="batch-files" onChange={(e) => run([...(e.target.files ?? [])])} />
        </label>
        <label>
          {vi ? 'Chọn cả thư mục' : 'Choose a folder'}:{' '}
          <input
            type="file"
            data-testid="batch-folder"
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            {...({ webkitdirectory: '', directory: '' } as any)}
            onChange={(e) => run([...(e.target.files ?? [])])}
          />
        </label>
      </div>
      {todo > 0 ? (
        <p data-testid="batch-progress">
          {vi ? `Đang kiểm tra… còn ${todo} tệp` : `Checking… ${todo} files left`}
        </p>
      ) : rows.length ? (
        <p data-testid="batch-done">
          {vi
            ? `Đã kiểm tra ${table.sum.documents} tệp: ${table.sum.withErrors} tệp có lỗi, tổng ${table.sum.errors} lỗi.`
            : `Checked ${table.sum.documents} files: ${table.sum.withErrors} with errors, ${table.sum.errors} errors in total.`}
        </p>
      ) : null}
      {rows.length ? (
        <>
          <div className="bar">
            <button data-testid="batch-csv" onClick={() => download('kiem-tra-hang-loat.csv', batchCsv(table, sorted), 'text/csv;charset=utf-8')}>
              {s.exportCsv}
            </button>
            <button data-testid="batch-xlsx" onClick={async () => download('kiem-tra-hang-loat.xlsx', await batchXlsx(table, rows, sorted))}>
              {vi ? 'Tải Excel (XLSX)' : 'Download XLSX'}
            </button>
          </div>
          <div style={{ overflow: 'auto', maxHeight: '60vh', marginTop: 8 }}>
            <table className="grid" data-testid="batch-table">
              <thead>
                <tr>
                  {th('path', vi ? 'Tệp' : 'File', 'name')}
                  {th('docType', vi ? 'Loại' : 'Type', 'name')}
                  {th('errors', s.errors)}
                  {th('warnings', s.warnings)}
                  {th('review', s.review)}
                  {table.rules.map((id) => th(`rule:${id}`, id, '', packs?.enforce.pack.rules.find((r) => r.id === id)?.title))}
                </tr>
              </thead>
              <tbody>
                {sorted.map((r) => (
                  <tr key={r.path} className={r.broken ? 'broken' : ''} data-path={r.path} data-testid="batch-row" data-sample={match?.inSample.get(r.path) ?? ''}>
                    <td className="name">
                      <a href="#" onClick={(e) => { e.preventDefault(); setOpen(r.path); }}>{r.path}</a>
                      {match?.inSample.has(r.path) ? <span className="note" style={{ marginLeft: 4 }}>{vi ? `mẫu #${match.inSample.get(r.path)}` : `sample #${match.inSample.get(r.path)}`}</span> : null}
                      {r.error ? <div className="bad">{r.error}</div> : null}
                    </td>
                    <td className="name">{r.docType}</td>
                    <td data-col="errors">{r.errors}</td>
                    <td data-col="warnings">{r.warnings}</td>
                    <td data-col="review">{r.review}</td>
                    {table.rules.map((id) => (
                      <td key={id} data-rule={id}>
                        {r.counts[id] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-testid="batch-totals">
                  <td className="name">{vi ? `Tổng (${table.sum.documents} tệp)` : `Total (${table.sum.documents} files)`}</td>
                  <td />
                  <td>{table.sum.errors}</td>
                  <td>{table.sum.warnings}</td>
                  <td>{table.sum.review}</td>
                  {table.rules.map((id) => (
                    <td key={id} data-rule={id} title={vi ? `${table.totals[id]!.documents} tệp` : `${table.totals[id]!.documents} files`}>
                      {table.totals[id]!.findings}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      ) : null}
      {openRow?.report ? (
        <section style={{ maxWidth: 720 }}>
          <h2>{openRow.path}</h2>
          <ReportView report={openRow.report} lang={settings.lang} mutes={{}} />
        </section>
      ) : null}
    </main>
  );
}
