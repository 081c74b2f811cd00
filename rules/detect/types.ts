// What detection finds in a document model: the components of Art. 8 (NĐ 30/2020, Phụ lục I),
// the document type (Art. 7 + copies) and the scope. Rule kinds read only this and the model.
import type { Paragraph, RuleLine, Span } from '../model.ts';

/**
 * A piece of a component: a whole paragraph, or the part of one (a tab-separated column,
 * a PDF line split at a column gap) that holds the component.
 */
export interface Piece {
  paragraph: Paragraph;
  text: string;
  spans: Span[];
  /** Column the piece sits in: header/signature layouts have a left and a right column. */
  side: 'left' | 'right' | 'center' | 'full';
  /**
   * How the piece was placed: a table cell, a text box, one side of a tab-separated paragraph
   * (its paragraph's `align` says nothing about the piece: tab stops place it), a PDF position,
   * or plain flow.
   */
  via?: 'cell' | 'textbox' | 'tab' | 'position' | 'flow';
}

export interface Components {
  /** How the header was laid out: table cells, text boxes, tab-separated lines, PDF positions, or plain flow. */
  layout: 'table' | 'textbox' | 'tabs' | 'positions' | 'flow' | 'none';
  quocHieu: Piece[]; // ô 1, one or more lines
  tieuNgu: Piece | null;
  coQuanChuQuan: Piece[]; // parent agency line(s)
  coQuan: Piece[]; // issuing agency line(s)
  soKyHieu: Piece | null; // ô 3
  diaDanh: Piece | null; // ô 4
  tenLoai: Piece | null; // ô 5a
  trichYeu: Piece[]; // ô 5a summary under the type name
  vv: Piece[]; // ô 5b: công văn "V/v …"
  kinhGui: Piece[]; // "Kính gửi:" and the recipient lines after it
  canCu: Piece[]; // "Căn cứ …", "Theo đề nghị …"
  body: Piece[]; // body paragraphs (ô 6), headings excluded
  /** Heading label lines ("Điều 1. …", "Chương I"); `title`: the upper-case title line under a Phần/Chương/Mục label. */
  headings: { level: 'phan' | 'chuong' | 'muc' | 'dieu'; piece: Piece; title?: Piece }[];
  /** Numbered points in the body: khoản "1." and điểm "a)". */
  points: { level: 'khoan' | 'diem'; label: string; piece: Piece }[];
  chuKy: {
    quyenHan: Piece[];
    chucVu: Piece[];
    hoTen: Piece | null;
    /** No name but a blank to fill by hand ("……………") under the position: a form still to be signed. */
    hoTenBlank?: Piece;
  } | null; // ô 7a/7b/7c
  noiNhan: { label: Piece; items: Piece[] } | null; // ô 9a/9b
  phuLuc: Piece[]; // appendix headings
  doKhan: Piece | null; // ô 10b urgency
  doMat: Piece | null; // ô 10a secrecy
  diaChi: Piece[]; // ô 14 address block
  /** Rule lines found under the motto, the agency name and the summary (null: looked, none found). */
  ruleLines: { tieuNgu: RuleLine | null; coQuan: RuleLine | null; trichYeu: RuleLine | null };
  /** Authority line(s) between the summary and the căn cứ ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"). */
  thamQuyen?: Piece[];
  /** The enacting line "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" before "Điều 1.". */
  quyetNghi?: Piece | null;
  /** "(Kèm theo … số … ngày …)" reference line under an appendix heading. */
  phuLucRef?: Piece[];
  /** Party header "ĐẢNG CỘNG SẢN VIỆT NAM" (in place of Quốc hiệu). */
  dangCongSan?: Piece | null;
  /**
   * Copy block (bản sao) after the original: the copy form line ("SAO Y", "SAO LỤC", "TRÍCH SAO"),
   * the copying agency, the copy's Số ("Số: 07/SY-UBND") and place/date. All other components
   * are the original's.
   */
  banSao?: { hinhThuc: Piece; coQuan: Piece[]; soKyHieu: Piece | null; diaDanh: Piece | null } | null;
}

export interface DocTypeGuess {
  code: string; // "QĐ", "CV", "TTr", "SY"…
  name: string; // "Quyết định"
  confidence: number; // 0..1
  /**
   * The file is a copy (bản sao): the copy form (SY/SL/TrS) from the copy block after the original.
   * `code` then stays the original's type, which the components describe.
   */
  copy?: DocTypeGuess;
}

export interface Scope {
  administrative: boolean;
  /** Why not: normative legal document, Party document, other. */
  reason?: 'normative' | 'party' | 'not-a-document';
  evidence?: string;
}

export interface Detection {
  components: Components;
  docType: DocTypeGuess | null;
  scope: Scope;
}
