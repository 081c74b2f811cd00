// The dossier-record JSON of the DVCQG sync (dossier.md §2.3): an array of records (or
// { data: [...] }) with MaHoSo, NgayTiepNhan (yyyyMMddHHmmss), DanhSachHoSoBoSung, DanhSachLePhi,
// and the progress rows of CapNhatTienDoHoSoMC (QuaTrinhXuLy / TienDoXuLy).
import { parseRegisterDate } from './dates.ts';
import { channelOf, type Cell } from './records-from-table.ts';
import type { AppointmentReset, BadRow, DossierRecord, ProgressStep, Supplement } from './record.ts';
import type { WallMs } from './wall-time.ts';

type Obj = Record<string, unknown>;

export function recordsFromJson(data: unknown): { records: DossierRecord[]; bad: BadRow[] } {
  const list = Array.isArray(data) ? data : Array.isArray((data as Obj)?.data) ? ((data as Obj).data as unknown[]) : null;
  if (!list) return { records: [], bad: [{ row: 0, reason: 'tệp JSON không phải danh sách hồ sơ (cần một mảng các hồ sơ có MaHoSo)' }] };
  const records: DossierRecord[] = [];
  const bad: BadRow[] = [];
  list.forEach((item, i) => {
    const row = i + 1;
    if (!item || typeof item !== 'object') {
      bad.push({ row, reason: 'phần tử không phải một hồ sơ' });
      return;
    }
    const o = item as Obj;
    const problems: string[] = [];
    const date = (v: unknown, label: string): WallMs | null => {
      const p = parseRegisterDate(v as Cell);
      if (!p.ok) {
        problems.push(`${label}: ${p.reason}`);
        return null;
      }
      return p.value;
    };
    const str = (v: unknown) => (v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim());
    const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Obj[]) : []);

    const rec = {
      row,
      code: str(o.MaHoSo),
      procedureCode: str(o.MaTTHC),
      procedureName: str(o.TenTTHC),
      receivedAt: date(o.NgayTiepNhan, 'NgayTiepNhan'),
      appointmentAt: date(o.NgayHenTra, 'NgayHenTra'),
      returnedAt: date(o.NgayTra ?? null, 'NgayTra'),
      channel: channelOf(o.HinhThuc as Cell),
      resets: [] as AppointmentReset[],
      apologies: [] as WallMs[],
      supplements: [] as Supplement[],
      progress: null as ProgressStep[] | null,
      fee: null as number | null,
    } satisfies DossierRecord;
    for (const s of arr(o.DanhSachHoSoBoSung)) {
      rec.supplements.push({ requestedAt: date(s.NgayBoSung, 'NgayBoSung'), receivedAt: date(s.NgayTiepNhanBoSung, 'NgayTiepNhanBoSung') });
      const to = date(s.NgayHenTraMoi, 'NgayHenTraMoi');
      if (to !== null) rec.resets.push({ from: date(s.NgayHenTraTruoc, 'NgayHenTraTruoc'), to });
    }
    for (const g of arr(o.DanhSachGiaHan)) {
      const to = date(g.NgayHenTraMoi, 'NgayHenTraMoi');
      if (to !== null) rec.resets.push({ from: date(g.NgayHenTraTruoc, 'NgayHenTraTruoc'), to });
    }
    for (const a of arr(o.DanhSachVanBanXinLoi)) {
      const d = date(a.NgayXinLoi ?? a.NgayBanHanh, 'NgayXinLoi');
      if (d !== null) rec.apologies.push(d);
    }
    const steps = arr(o.QuaTrinhXuLy ?? o.TienDoXuLy);
    if (Array.isArray(o.QuaTrinhXuLy ?? o.TienDoXuLy)) {
      rec.progress = steps.map(
        (s, k): ProgressStep => ({
          step: str(s.NoiDungXuLy ?? s.PhongBanXuLy),
          sender: str(s.NguoiChuyen ?? s.NguoiXuLy),
          receiver: str(s.NguoiNhan) ?? (k + 1 < steps.length ? str(steps[k + 1].NguoiXuLy) : str(s.NguoiXuLy) && 'Bộ phận một cửa'),
          at: date(s.ThoiDiemXuLy, 'ThoiDiemXuLy'),
          dueAt: date(s.NgayKetThucTheoQuyDinh, 'NgayKetThucTheoQuyDinh'),
        }),
      );
    }
    const fees = arr(o.DanhSachLePhi);
    if (Array.isArray(o.DanhSachLePhi)) rec.fee = fees.reduce((sum, f) => sum + (Number(f.Gia) || 0), 0);
    if (problems.length) bad.push({ row, reason: problems.join('; ') });
    else records.push(rec);
  });
  return { records, bad };
}
