// Options: server, token, unit, role, language, statistics switch, test connection, first-run notice.
import { useEffect, useState } from 'react';
import { FirstRun } from '../../components/FirstRun.tsx';
import { testConnection, type ConnectionResult } from '../../lib/connection.ts';
import { pending } from '../../lib/outbox.ts';
import type { PackState } from '../../lib/pack-sync.ts';
import { getPacks, refreshPacks, sendStats } from '../../lib/session.ts';
import { loadSettings, normaliseServer, saveSettings, validateSettings, type Settings } from '../../lib/settings.ts';

const L = {
  vi: {
    title: 'Cài đặt',
    server: 'Địa chỉ máy chủ',
    serverHint: 'Ví dụ https://kiemtra.tinh.gov.vn — để trống nếu chỉ dùng trên máy này.',
    token: 'Mã truy cập',
    unit: 'Mã đơn vị',
    role: 'Vai trò',
    roles: { clerk: 'Văn thư / cán bộ một cửa', inspector: 'Thanh tra, kiểm tra', 'legal-editor': 'Pháp chế (soạn bộ quy tắc)', admin: 'Quản trị' },
    lang: 'Ngôn ngữ giao diện',
    send: 'Gửi số liệu thống kê (chỉ số đếm, không gửi văn bản)',
    save: 'Lưu',
    saved: 'Đã lưu.',
    test: 'Kiểm tra kết nối',
    testing: 'Đang kiểm tra…',
    pack: 'Bộ quy tắc đang dùng',
    sync: 'Cập nhật bộ quy tắc',
    queue: 'Thống kê chờ gửi',
    sendNow: 'Gửi ngay',
    lastSync: 'Lần đồng bộ gần nhất',
  },
  en: {
    title: 'Settings',
    server: 'Server address',
    serverHint: 'E.g. https://checker.province.gov.vn — leave empty to work on this computer only.',
    token: 'Access token',
    unit: 'Unit code',
    role: 'Role',
    roles: { clerk: 'Clerk / one-stop officer', inspector: 'Inspector', 'legal-editor': 'Legal office (rule editor)', admin: 'Administrator' },
    lang: 'Interface language',
    send: 'Send statistics (counts only, never the document)',
    save: 'Save',
    saved: 'Saved.',
    test: 'Test connection',
    testing: 'Testing…',
    pack: 'Rule pack in force',
    sync: 'Update rule pack',
    queue: 'Statistics waiting',
    sendNow: 'Send now',
    lastSync: 'Last sync',
  },
};

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [errs, setErrs] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [conn, setConn] = useState<ConnectionResult | 'testing' | null>(null);
  const [packs, setPacks] = useState<PackState | null>(null);
  const [queue, setQueue] = useState<{ count: number; lastError?: string } | null>(null);

  useEffect(() => {
    loadSettings().then(setS);
    getPacks().then(setPacks);
    pending().then(setQueue);
  }, []);
  if (!s) return null;
  const t = L[s.lang];
  const set = (p: Partial<Settings>) => {
    setS({ ...s, ...p });
    setSaved(false);
  };
  const save = async () => {
    const next = { ...s, server: normaliseServer(s.server) };
    const e = validateSettings(next);
    setErrs(e);
    if (e.length) return;
    setS(await saveSettings(next));
    // Fetch the pack from the new server at once, so the status below says what is in force.
    setPacks(await refreshPacks().catch(() => getPacks()));
    setSaved(true);
  };

  return (
    <main style={{ maxWidth: 640 }}>
      <h1>{t.title}</h1>
      {!s.firstRunDone ? <FirstRun lang={s.lang} onDone={() => saveSettings({ firstRunDone: true }).then(setS)} /> : null}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label htmlFor="server">{t.server}</label>
        <input id="server" type="text" inputMode="url" data-testid="server" value={s.server} onChange={(e) => set({ server: e.target.value })} placeholder="https://" />
        <div className="muted-text">{t.serverHint}</div>
        <label htmlFor="token">{t.token}</label>
        <input id="token" type="password" data-testid="token" value={s.token} onChange={(e) => set({ token: e.target.value.trim() })} autoComplete="off" />
        <label htmlFor="unit">{t.unit}</label>
        <input id="unit" type="text" data-testid="unit" value={s.unit} onChange={(e) => set({ unit: e.target.value.trim() })} />
        <label htmlFor="role">{t.role}</label>
        <select id="role" data-testid="role" value={s.role} onChange={(e) => set({ role: e.target.value as Settings['role'] })}>
          {Object.entries(t.roles).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <label htmlFor="lang">{t.lang}</label>
        <select id="lang" data-testid="lang" value={s.lang} onChange={(e) => set({ lang: e.target.value as Settings['lang'] })}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
        <label>
          <input type="checkbox" data-testid="send-stats" checked={s.sendStats} onChange={(e) => set({ sendStats: e.target.checked })} /> {t.send}
        </label>
        {errs.length ? (
          <ul className="bad" data-testid="errors">
            {errs.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
        <div className="bar" style={{ marginTop: 12 }}>
          <button type="submit" className="primary" data-testid="save">
            {t.save}
          </button>
          <button
            type="button"
            data-testid="test-connection"
            onClick={async () => {
              setConn('testing');
              setConn(await testConnection(normaliseServer(s.server), s.token, s.unit));
            }}
          >
            {t.test}
          </button>
          {saved ? <span className="ok" data-testid="saved">{t.saved}</span> : null}
        </div>
        {conn === 'testing' ? <p>{t.testing}</p> : conn ? <p className={conn.ok ? 'ok' : 'bad'} data-testid="connection-result">{conn.ok ? '✔ ' : '✘ '}{conn.message}</p> : null}
      </form>
      <h2>{t.pack}</h2>
      {packs ? (
        <p data-testid="pack-status">
          {packs.enforce.pack.id} {packs.enforce.pack.version} ({packs.enforce.source})
          {packs.observe ? ` · observe ${packs.observe.pack.version}` : ''}
          {packs.lastSync ? ` · ${t.lastSync}: ${packs.lastSync.at.slice(0, 16).replace('T', ' ')} ${packs.lastSync.result}${packs.lastSync.detail ? ` (${packs.lastSync.detail})` : ''}` : ''}
        </p>
      ) : null}
      <button data-testid="sync" onClick={() => refreshPacks().then(setPacks)}>
        {t.sync}
      </button>
      <h2>{t.queue}</h2>
      <p data-testid="queue-status">
        {queue?.count ?? 0}
        {queue?.lastError ? ` · ${queue.lastError}` : ''}
      </p>
      <button data-testid="send-now" onClick={async () => { await sendStats(undefined, true).catch(() => {}); setQueue(await pending()); }}>
        {t.sendNow}
      </button>
    </main>
  );
}
