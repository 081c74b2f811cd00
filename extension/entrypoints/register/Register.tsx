// "Kiểm tra sổ theo dõi hồ sơ": an inspector (or the desk itself) drops the one-stop software's
// export, sees the summary per procedure and month and the dossiers at fault, filters, exports
// CSV/XLSX, prints, and may send the counts per rule id (no names, no codes) to the statistics.
// The audit runs here in the page: the file never leaves the machine.
import { useEffect, useMemo, useRef, useState } from 'react';
// Types only: the calendar schema pulls in the holiday tables, loaded when a calendar is read.
import type { CalendarData } from '../../../rules/register/calendar.ts';
import type { ColumnMapping } from '../../../rules/register/mapping.ts';
import type { CheckSummary } from '../../../rules/stats.ts';
import { FindingsTable } from '../../components/register/FindingsTable.tsx';
import { MappingStep } from '../../components/register/MappingStep.tsx';
import { SummaryTable } from '../../components/register/SummaryTable.tsx';
import { baseName, download } from '../../lib/download.ts';
import { enqueue, newClientId } from '../../lib/outbox.ts';
import { auditMoment, todayVn } from '../../lib/register/audit-date.ts';
import { findingsCsv, registerXlsx, summaryCsv } from '../../lib/register/export.ts';
import { deleteMapping, loadMappings, saveMapping, type SavedMappings } from '../../lib/register/mappings.ts';
import { audit as runInWorker, type Engine } from '../../lib/register/auditor.ts';
import type { RunResult } from '../../lib/register/run.ts';
import { queueOnce, registerSummaries } from '../../lib/register/stats.ts';
import { STATUS_LABEL, filterFindings, findingRows, monthLabel, months, ruleCounts, ruleTitle, totals, type Filter, type Status } from '../../lib/register/view.ts';
import { loadSettings, type Settings } from '../../lib/settings.ts';
import { clientVersion, sendStats, storageKv } from '../../lib/sync.ts';

const CALENDAR_KEY = 'registerCalendar';

type Picked = { bytes: Uint8Array; file: string };
const read = async (f: File): Promise<Picked> => ({ bytes: new Uint8Array(await f.arrayBuffer()), file: f.name });

export function Register() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<SavedMappings>({});
  const [calendar, setCalendar] = useState<CalendarData | null>(null);
  const [calErr, setCalErr] = useState<string | null>(null);
  const [day, setDay] = useState(todayVn());
  const [time, setTime] = useState('17:00');
  const [main, setMain] = useState<Picked | null>(null);
  const [paper, setPaper] = useState<Picked | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>();
  const [result, setResult] = useState<RunResult | null>(null);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>({});
  const [over, setOver] = useState(false);
  const [stats, setStats] = useState<{ preview: CheckSummary[]; msg?: string; ok?: boolean } | null>(null);
  const runNo = useRef(0);

  useEffect(() => {
    loadSettings().then(setSettings);
    loadMappings(storageKv).then(setSaved);
    storageKv.get(CALENDAR_KEY).then(async (c) => {
      if (!c) return;
      const { CalendarData } = await import('../../../rules/register/calendar.ts');
      const p = CalendarData.safeParse(c);
      if (p.success) setCalendar(p.data);
    });
  }, []);

  const now = auditMoment(day, time);
  // Re-audit whenever an input changes; a stale run's answer is dropped.
  useEffect(() => {
    if (!main || now === null) return;
    const n = ++runNo.current;
    setBusy(true);
    setError(null);
    runInWorker({ ...main, now, calendar, paper, mapping, saved })
      .then(({ result: r, engine: e }) => {
        if (n !== runNo.current) return;
        setResult(r);
        setEngine(e);
        setFilter({});
        setStats(null);
      })
      .catch((e) => n === runNo.current && setError(String((e as Error).message ?? e)))
      .finally(() => n === runNo.current && setBusy(false));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [main, paper, calendar, day, time, mapping]);

  const audit = result?.kind === 'audit' ? result.audit : null;
  const all = useMemo(() => (audit ? findingRows(audit) : []), [audit]);
  const shown = useMemo(() => filterFindings(all, filter), [all, filter]);
  const counts = useMemo(() => (audit ? ruleCounts(audit) : []), [audit]);
  const monthList = useMemo(() => (audit ? months(audit) : []), [audit]);
  if (!settings) return null;

  const pickMain = async (f: File | undefined) => {
    if (!f) return;
    setMapping(undefined);
    setResult(null);
    setMain(await read(f));
  };
  const loadCalendar = async (f: File | undefined) => {
    if (!f) return;
    setCalErr(null);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(await f.arrayBuffer()));
    } catch {
      return setCalErr('Tệp lịch không phải JSON hợp lệ.');
    }
    const { CalendarData } = await import('../../../rules/register/calendar.ts');
    const p = CalendarData.safeParse(json);
    if (!p.success) return setCalErr(`Lịch làm việc không hợp lệ: ${p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    await storageKv.set(CALENDAR_KEY, p.data);
    setCalendar(p.data);
  };
  const applyMapping = async (m: ColumnMapping) => {
    setSaved(await saveMapping(storageKv, m));
    setMapping(m);
  };
  const sendCounts = async () => {
    if (!audit) return;
    const list = await registerSummaries(audit, settings.unit, clientVersion(), newClientId);
    const fresh = await queueOnce(storageKv, list, enqueue);
    if (!settings.server) return setStats({ preview: list, ok: false, msg: `Đã xếp ${fresh.length} bản thống kê vào hàng chờ. Chưa cài đặt máy chủ thống kê (Cài đặt) nên chưa gửi.` });
    if (!settings.sendStats) return setStats({ preview: list, ok: false, msg: `Đã xếp ${fresh.length} bản vào hàng chờ; việc gửi thống kê đang tắt trong Cài đặt.` });
    const r = await sendStats(settings, true);
    setStats({
      preview: list,
      ok: !r.error,
      msg: r.error
        ? `Chưa gửi được (${r.error}); ${r.left} bản còn trong hàng chờ, sẽ gửi lại sau.`
        : fresh.length
          ? `Đã gửi số liệu ${fresh.length} tháng cho đơn vị ${settings.unit}.`
          : `Số liệu của tệp này đã được gửi trước đây; không gửi lại.`,
    });
  };

  const t = audit ? totals(audit.table) : null;
  const stem = main ? baseName(main.file) : 'so-theo-doi';

  return (
    <main>
      <h1>Kiểm tra sổ theo dõi hồ sơ</h1>
      <p className="muted-text no-print">
        Tệp xuất từ phần mềm một cửa (.xlsx, .csv, .json) được kiểm tra ngay trên máy này, không tải lên đâu cả. Register audit: the file never leaves this computer.
      </p>

      <div className="inputs no-print">
        <label htmlFor="audit-day">Ngày kiểm tra</label>
        <span className="bar">
          <input id="audit-day" type="date" data-testid="audit-date" value={day} onChange={(e) => setDay(e.target.value)} />
          <input type="time" data-testid="audit-time" value={time} onChange={(e) => setTime(e.target.value)} />
          <span className="muted-text">Hồ sơ chưa trả được tính đến thời điểm này.</span>
        </span>
        <label htmlFor="calendar">Lịch làm việc của tỉnh</label>
        <span className="bar">
          <span data-testid="calendar-name">{calendar ? calendar.title ?? calendar.id : 'Lịch mặc định (ngày lễ theo luật, thứ Bảy, Chủ nhật nghỉ)'}</span>
          <input id="calendar" type="file" accept=".json,application/json" data-testid="calendar-file" onChange={(e) => loadCalendar(e.target.files?.[0])} />
          {calendar ? (
            <button data-testid="calendar-clear" onClick={async () => { await storageKv.set(CALENDAR_KEY, null); setCalendar(null); }}>
              Bỏ lịch này
            </button>
          ) : null}
        </span>
        <label htmlFor="paper">Sổ giấy / phiếu (nếu có)</label>
        <span className="bar">
          <input id="paper" type="file" accept=".csv,.xlsx,.json" data-testid="paper-file" onChange={async (e) => setPaper(e.target.files?.[0] ? await read(e.target.files[0]) : null)} />
          <span className="muted-text">Danh sách thứ hai để đối chiếu hồ sơ không có trên phần mềm.</span>
        </span>
      </div>
      {calErr ? <p className="bad" data-testid="calendar-error">{calErr}</p> : null}

      <div
        className={`drop no-print ${over ? 'over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); pickMain(e.dataTransfer.files[0]); }}
        onClick={() => document.getElementById('register-file')?.click()}
      >
        Kéo thả tệp xuất sổ theo dõi hồ sơ vào đây hoặc bấm để chọn tệp
        <input id="register-file" type="file" accept=".xlsx,.csv,.json" data-testid="register-file" style={{ display: 'none' }} onChange={(e) => { pickMain(e.target.files?.[0]); e.target.value = ''; }} onClick={(e) => e.stopPropagation()} />
      </div>

      {Object.keys(saved).length ? (
        <p className="muted-text no-print" data-testid="saved-mappings">
          Bảng ghép cột đã lưu:{' '}
          {Object.keys(saved).map((n) => (
            <span key={n} style={{ marginRight: 8 }}>
              <code>{n}</code>{' '}
              <button onClick={async () => setSaved(await deleteMapping(storageKv, n))} title="Xóa bảng ghép cột này">×</button>
            </span>
          ))}
        </p>
      ) : null}

      {now === null ? <p className="bad" data-testid="date-error">Hãy chọn ngày kiểm tra (và giờ) để tính hồ sơ chưa trả.</p> : null}
      {busy ? <p data-testid="audit-busy">Đang kiểm tra…</p> : null}
      {error ? <p className="bad" data-testid="audit-error">Không kiểm tra được: {error}</p> : null}

      {result?.kind === 'mapping' && main ? <MappingStep key={main.file} file={main.file} headers={result.headers} missing={result.missing} message={result.message} onDone={applyMapping} /> : null}

      {audit && t ? (
        <section data-testid="audit-done" data-sha={audit.sha256} data-engine={engine ?? ''}>
          <p>
            <b>Tệp:</b> {audit.file} · <b>Mẫu xuất:</b> <span data-testid="layout">{audit.layoutTitle ?? 'không đọc được'}</span>
            {result?.kind === 'audit' && result.usedMapping ? <> (bảng ghép cột <code data-testid="used-mapping">{result.usedMapping}</code>)</> : null} · <b>Số hồ sơ:</b>{' '}
            <span data-testid="records">{audit.records}</span>
            {audit.badRows ? <> · <span className="bad">{audit.badRows} dòng không đọc được</span></> : null}
            <br />
            <b>Tính đến:</b> {time} ngày {day.split('-').reverse().join('/')} · <b>Lịch:</b> {calendar ? calendar.title ?? calendar.id : 'mặc định'} · <b>Bộ quy tắc:</b> {audit.ruleSet.id} {audit.ruleSet.version}
          </p>
          <div className="cards">
            <div>Tiếp nhận<b data-testid="card-received">{t.received}</b></div>
            <div className="ok">Đúng hạn<b>{t.onTime}</b></div>
            <div className="late">Trễ hạn<b data-testid="card-late">{t.late}</b></div>
            <div className="late">Trễ không xin lỗi<b>{t.lateWithoutApology}</b></div>
            <div>Đang giải quyết<b>{t.open}</b></div>
            <div className="late">Không có trên phần mềm<b>{t.notInSoftware}</b></div>
            <div>Vi phạm<b data-testid="card-fail">{counts.reduce((s, c) => s + c.fail, 0)}</b></div>
            <div>Cần xem lại<b data-testid="card-review">{counts.reduce((s, c) => s + c.needsReview, 0)}</b></div>
          </div>

          <div className="bar no-print">
            <button data-testid="csv-summary" onClick={() => download(`${stem}-tong-hop.csv`, summaryCsv(audit), 'text/csv;charset=utf-8')}>Tải CSV bảng tổng hợp</button>
            <button data-testid="csv-findings" onClick={() => download(`${stem}-ho-so-co-loi.csv`, findingsCsv(audit, shown), 'text/csv;charset=utf-8')}>Tải CSV hồ sơ có lỗi</button>
            <button data-testid="xlsx" onClick={async () => download(`${stem}-kiem-tra.xlsx`, await registerXlsx(audit, shown, counts))}>Tải Excel (XLSX)</button>
            <button data-testid="print" onClick={() => window.print()}>In</button>
          </div>

          <h2>Tổng hợp theo thủ tục và tháng</h2>
          <SummaryTable rows={audit.table} />

          <h2>Theo quy tắc</h2>
          <table className="grid" data-testid="rule-counts">
            <thead>
              <tr>
                <th className="name" style={{ cursor: 'default' }}>Quy tắc</th>
                <th style={{ cursor: 'default' }}>Vi phạm</th>
                <th style={{ cursor: 'default' }}>Cần xem lại</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.ruleId} data-rule={c.ruleId} className={filter.ruleId === c.ruleId ? 'sel' : ''}>
                  <td className="name">
                    <a href="#" onClick={(e) => { e.preventDefault(); setFilter((f) => ({ ...f, ruleId: f.ruleId === c.ruleId ? undefined : c.ruleId })); }}>
                      {c.title}
                    </a>{' '}
                    <span className="muted-text">{c.ruleId}</span>
                  </td>
                  <td data-col="fail" className={c.fail ? 'fail' : ''}>{c.fail}</td>
                  <td data-col="review">{c.needsReview}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>Hồ sơ có lỗi</h2>
          <div className="bar filters no-print">
            <select data-testid="filter-rule" value={filter.ruleId ?? ''} onChange={(e) => setFilter((f) => ({ ...f, ruleId: e.target.value || undefined }))}>
              <option value="">Mọi quy tắc</option>
              {counts.map((c) => (
                <option key={c.ruleId} value={c.ruleId}>{ruleTitle(c.ruleId)} ({c.fail + c.needsReview})</option>
              ))}
            </select>
            <select data-testid="filter-status" value={filter.status ?? ''} onChange={(e) => setFilter((f) => ({ ...f, status: (e.target.value || undefined) as Status | undefined }))}>
              <option value="">Vi phạm và cần xem lại</option>
              {(['fail', 'needs_review'] as const).map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
            </select>
            <select data-testid="filter-month" value={filter.month ?? ''} onChange={(e) => setFilter((f) => ({ ...f, month: e.target.value || undefined }))}>
              <option value="">Mọi tháng</option>
              {monthList.map((m) => <option key={m} value={m}>{monthLabel(m)}</option>)}
            </select>
            <input type="text" data-testid="filter-text" placeholder="Tìm mã hồ sơ…" value={filter.text ?? ''} onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))} />
            <span data-testid="shown-count">{shown.length} / {all.length} kết quả</span>
          </div>
          <FindingsTable rows={shown} file={audit.file} />

          <section className="no-print" style={{ marginTop: 16 }}>
            <h2>Gửi số liệu thống kê</h2>
            <p className="muted-text">
              Chỉ gửi số lượng theo mã quy tắc cho từng tháng, kèm mã đơn vị <code>{settings.unit}</code>: không gửi tên người nộp, mã hồ sơ hay tên tệp.
            </p>
            <button data-testid="send-stats" disabled={audit.format === 'unknown'} onClick={sendCounts}>Gửi số liệu thống kê</button>
            {stats?.msg ? <p className={stats.ok ? 'ok' : 'bad'} data-testid="stats-result">{stats.msg}</p> : null}
            {stats?.preview.length ? (
              <pre className="muted-text" data-testid="stats-preview" style={{ maxHeight: 200, overflow: 'auto' }}>
                {stats.preview.map((s) => `${s.checkedAt.slice(0, 7)}: ${Object.entries(s.counts).map(([id, c]) => `${id} ${c.fail}/${c.needsReview}`).join(', ')}`).join('\n')}
              </pre>
            ) : null}
          </section>
        </section>
      ) : null}
    </main>
  );
}
