// Column mapping: which header of an export holds which record field. Known layouts are
// recognised by their headers; any other product is mapped once (a saved ColumnMapping) and reused.
import { z } from 'zod';

export const FIELDS = [
  'code',
  'procedureCode',
  'procedureName',
  'receivedAt',
  'appointmentAt',
  'returnedAt',
  'channel',
  'resetTo',
  'apologyAt',
  'supplementRequestedAt',
  'supplementReceivedAt',
  'fee',
  'handoverSender',
  'handoverReceiver',
  'handoverAt',
  'handoverDueAt',
] as const;
export type Field = (typeof FIELDS)[number];

export const ColumnMapping = z
  .object({
    layout: z.string().min(1),
    /** record field → header text as it appears in the export. */
    columns: z.partialRecord(z.enum(FIELDS), z.string().min(1)),
  })
  .strict();
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** Fields without which a row cannot be audited at all. */
export const REQUIRED: Field[] = ['code', 'receivedAt'];

/** Headers seen in real exports, per field (compared after folding case, marks and spacing). */
const SYNONYMS: Record<Field, string[]> = {
  code: ['MaHoSo', 'Mã hồ sơ', 'Số hồ sơ', 'Mã số hồ sơ', 'Số biên nhận'],
  procedureCode: ['MaTTHC', 'Mã thủ tục', 'Mã TTHC', 'Mã thủ tục hành chính'],
  procedureName: ['TenTTHC', 'Tên thủ tục', 'Thủ tục hành chính', 'Nội dung công việc', 'Tên TTHC'],
  receivedAt: ['NgayTiepNhan', 'Ngày nhận', 'Ngày tiếp nhận', 'Thời gian tiếp nhận', 'Ngày giờ tiếp nhận'],
  appointmentAt: ['NgayHenTra', 'Ngày hẹn trả', 'Hạn trả kết quả', 'Ngày hẹn trả kết quả', 'Hạn xử lý'],
  returnedAt: ['NgayTra', 'Ngày trả thực tế', 'Thời gian có kết quả', 'Ngày trả kết quả', 'Ngày trả'],
  channel: ['HinhThuc', 'Hình thức nộp', 'Kênh nộp', 'Hình thức tiếp nhận'],
  resetTo: ['NgayHenTraMoi', 'Ngày hẹn trả mới', 'Gia hạn đến', 'Ngày hẹn lại'],
  apologyAt: ['NgayXinLoi', 'Ngày văn bản xin lỗi', 'Thư xin lỗi', 'Ngày xin lỗi'],
  supplementRequestedAt: ['NgayYeuCauBoSung', 'Ngày yêu cầu bổ sung', 'Yêu cầu bổ sung lúc'],
  supplementReceivedAt: ['NgayTiepNhanBoSung', 'Ngày nhận bổ sung', 'Bổ sung xong lúc'],
  fee: ['LePhi', 'Lệ phí', 'Phí/lệ phí (đ)', 'Phí, lệ phí', 'Số tiền lệ phí'],
  handoverSender: ['NguoiChuyen', 'Người chuyển', 'Người giao hồ sơ', 'Cán bộ chuyển'],
  handoverReceiver: ['NguoiNhan', 'Người nhận', 'Người nhận hồ sơ', 'Cán bộ nhận'],
  handoverAt: ['ThoiDiemXuLy', 'Thời điểm chuyển', 'Thời gian giao nhận', 'Thời điểm giao'],
  handoverDueAt: ['NgayKetThucTheoQuyDinh', 'Hạn bước', 'Hạn xử lý bước'],
};

/** Layouts we recognise by a signature header each (name shown to the user). */
const LAYOUTS: { id: string; title: string; signature: string }[] = [
  { id: 'dvcqg', title: 'Tệp đồng bộ DVCQG (MaHoSo, NgayTiepNhan…)', signature: 'MaHoSo' },
  { id: 'so-theo-doi', title: 'Sổ theo dõi hồ sơ (Mã hồ sơ, Ngày nhận…)', signature: 'Ngày trả thực tế' },
  { id: 'igate', title: 'Báo cáo hồ sơ dạng iGate (Số hồ sơ, Thời gian tiếp nhận…)', signature: 'Thời gian tiếp nhận' },
];

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const synonymIndex = new Map<string, Field>();
for (const f of FIELDS) for (const s of SYNONYMS[f]) synonymIndex.set(fold(s), f);

export interface MappingGuess {
  mapping: ColumnMapping;
  /** Required fields no header maps to. */
  missing: Field[];
  /** Headers that map to nothing (shown so the user can map them). */
  unmapped: string[];
  layoutTitle: string;
}

/** Map headers by the saved mapping if given, else by known layouts and synonyms. */
export function guessMapping(headers: string[], saved?: ColumnMapping): MappingGuess {
  const columns: ColumnMapping['columns'] = {};
  const present = new Set(headers.map((h) => h.trim()));
  if (saved) {
    for (const [field, header] of Object.entries(saved.columns)) if (present.has(header)) columns[field as Field] = header;
  } else {
    for (const h of headers) {
      const f = synonymIndex.get(fold(h));
      if (f && !columns[f]) columns[f] = h.trim();
    }
  }
  // Signatures compare exactly: folding would make "Mã hồ sơ" and "MaHoSo" the same.
  const layout = saved ? { id: saved.layout, title: saved.layout } : LAYOUTS.find((l) => present.has(l.signature));
  const mappedHeaders = new Set(Object.values(columns));
  return {
    mapping: { layout: layout?.id ?? 'khac', columns },
    missing: REQUIRED.filter((f) => !columns[f]),
    unmapped: headers.filter((h) => h.trim() && !mappedHeaders.has(h.trim())),
    layoutTitle: layout?.title ?? 'Mẫu xuất chưa biết (đã dò theo tên cột)',
  };
}
