// Pieces of a detected component by its Components key, as a list (absent → []).
import type { Components, Piece } from '../../detect/types.ts';

export function piecesOf(c: Components, key: string): Piece[] {
  switch (key) {
    case 'chuKy': {
      const k = c.chuKy;
      if (!k) return [];
      return [...k.quyenHan, ...k.chucVu, ...(k.hoTen ? [k.hoTen] : [])];
    }
    case 'noiNhan':
      return c.noiNhan ? [c.noiNhan.label, ...c.noiNhan.items] : [];
    case 'headings':
      return c.headings.map((h) => h.piece);
    case 'points':
      return c.points.map((p) => p.piece);
  }
  const v = (c as unknown as Record<string, unknown>)[key];
  if (!v) return [];
  if (Array.isArray(v)) return v as Piece[];
  if (typeof v === 'object' && 'paragraph' in (v as object)) return [v as Piece];
  return [];
}

/** The scanned-page test: a piece on an image-only page cannot be judged. */
export const COMPONENT_VI: Record<string, string> = {
  quocHieu: 'Quốc hiệu',
  tieuNgu: 'Tiêu ngữ',
  coQuan: 'tên cơ quan ban hành',
  coQuanChuQuan: 'tên cơ quan chủ quản',
  soKyHieu: 'số, ký hiệu',
  diaDanh: 'địa danh và thời gian ban hành',
  tenLoai: 'tên loại văn bản',
  trichYeu: 'trích yếu nội dung dưới tên loại',
  vv: 'trích yếu "V/v …" dưới số, ký hiệu',
  kinhGui: '"Kính gửi:"',
  canCu: 'căn cứ ban hành',
  chuKy: 'quyền hạn, chức vụ và họ tên người ký',
  noiNhan: '"Nơi nhận:"',
  phuLuc: 'phụ lục',
  doKhan: 'dấu độ khẩn',
  diaChi: 'địa chỉ cơ quan',
};
