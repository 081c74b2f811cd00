// detect(model): the components of an administrative document (Art. 8, Phụ lục I), its type
// (Art. 7 + copies) and its scope. Order: lines with sides → header → title → tail (signature,
// Nơi nhận, address) → body between them → marks, appendices, rule lines → type and scope.
import type { DocumentModel, RuleLine } from '../model.ts';
import type { Components, Detection, Piece } from './types.ts';
import { buildLines, toPiece, type Line } from './lines.ts';
import { detectHeader } from './header.ts';
import { detectTitle } from './title.ts';
import { detectTail } from './tail.ts';
import { detectBody } from './body.ts';
import { lineUnder } from './rulelines.ts';
import { decideScope, guessType } from './classify.ts';
import { detectCopy } from './copy.ts';
import { fold, isUpper } from './text.ts';
import { ADDRESS, DO_KHAN, DO_MAT, NOI_NHAN, PHU_LUC, QUYEN_HAN } from './patterns.ts';

export type { Detection, Components, Piece } from './types.ts';

const pieces = (ls: Line[]) => ls.map(toPiece);
const piece = (l: Line | null | undefined) => (l ? toPiece(l) : null);

export function detect(model: DocumentModel): Detection {
  const lines = buildLines(model);
  const header = detectHeader(lines);
  const title = detectTitle(lines, header.end, model.lines);

  // Appendices start at the first "Phụ lục …" heading after the main document has ended.
  const live = lines.filter((l) => !l.dataTable);
  const phuLucHeads = live.filter((l) => PHU_LUC.test(l.key) && l.text.length <= 40 && l.side !== 'left' && l.side !== 'right');
  const endMarks = live.filter((l) => NOI_NHAN.test(l.key) || (QUYEN_HAN.test(l.key) && isUpper(l.text)));
  const appendixStart = phuLucHeads.find((h) => endMarks.some((m) => m.seq < h.seq))?.seq ?? Infinity;
  // The "(Kèm theo … số … ngày … của …)" reference under the first heading, up to its ")".
  const refStart = phuLucHeads.length
    ? live.find((l) => l.seq > phuLucHeads[0].seq && l.seq <= phuLucHeads[0].seq + 6 && /^\(?\s*KEM THEO\b/.test(l.key))
    : undefined;
  const phuLucRefLines: Line[] = [];
  if (refStart) {
    for (const l of live.slice(live.indexOf(refStart), live.indexOf(refStart) + 4)) {
      phuLucRefLines.push(l);
      if (/\)\s*$/.test(l.text)) break;
    }
  }
  const phuLucRef = phuLucRefLines.length
    ? { ...phuLucRefLines[0], text: phuLucRefLines.map((l) => l.text).join(' '), key: fold(phuLucRefLines.map((l) => l.text).join(' ')) }
    : null;

  const titleEnd = Math.max(header.end, title.end);
  // A copy block closes the original: the original's signature and Nơi nhận come before it.
  const copy = detectCopy(lines, titleEnd);
  const end = Math.min(appendixStart, copy ? copy.start : Infinity);
  const tail = detectTail(lines, titleEnd, end);
  const zone = lines.filter((l) => l.seq > titleEnd && l.seq < Math.min(tail.start, end));
  const body = detectBody(zone);

  // Address lines may also sit in the page footer.
  const footerAddr: Piece[] = [];
  for (const s of model.sections)
    for (const f of s.footers)
      for (const p of f.paragraphs)
        if (ADDRESS.test(fold(p.text))) footerAddr.push({ paragraph: p, text: p.text.trim(), spans: p.spans, side: 'full' });

  const marks = live.filter((l) => l.seq < Math.min(tail.start, appendixStart));
  const doKhan = marks.find((l) => DO_KHAN.test(l.key)) ?? null;
  const doMat = marks.find((l) => DO_MAT.test(l.key)) ?? null;

  const taken = new Set<RuleLine>();
  const take = (r: RuleLine | null) => {
    if (r) taken.add(r);
    return r;
  };
  const ruleLines = {
    tieuNgu: take(lineUnder(model, header.tieuNgu, taken, 1)),
    coQuan: take(lineUnder(model, header.coQuan.at(-1), taken, 0.4)),
    trichYeu: take(lineUnder(model, title.trichYeu.at(-1) ?? title.tenLoai, taken, 0.4)),
  };

  const components: Components = {
    layout: header.layout,
    quocHieu: pieces(header.quocHieu),
    tieuNgu: piece(header.tieuNgu),
    coQuanChuQuan: pieces(header.coQuanChuQuan),
    coQuan: pieces(header.coQuan),
    soKyHieu: piece(header.soKyHieu),
    diaDanh: piece(header.diaDanh),
    tenLoai: piece(title.tenLoai),
    trichYeu: pieces(title.trichYeu),
    vv: pieces(header.vv),
    kinhGui: pieces(body.kinhGui),
    canCu: pieces(body.canCu),
    body: pieces(body.body),
    headings: body.headings.map((h) => ({ level: h.level, piece: toPiece(h.line), ...(h.title ? { title: toPiece(h.title) } : {}) })),
    points: body.points.map((p) => ({ level: p.level, label: p.label, piece: toPiece(p.line) })),
    chuKy:
      tail.quyenHan.length || tail.chucVu.length || tail.hoTen
        ? { quyenHan: pieces(tail.quyenHan), chucVu: pieces(tail.chucVu), hoTen: piece(tail.hoTen), ...(tail.hoTenBlank ? { hoTenBlank: toPiece(tail.hoTenBlank) } : {}) }
        : null,
    noiNhan: tail.noiNhanLabel ? { label: toPiece(tail.noiNhanLabel), items: pieces(tail.noiNhanItems) } : null,
    phuLuc: pieces(phuLucHeads),
    doKhan: piece(doKhan),
    doMat: piece(doMat),
    diaChi: [...pieces(tail.diaChi), ...footerAddr],
    ruleLines,
    thamQuyen: pieces(title.thamQuyen),
    quyetNghi: piece(body.quyetNghi),
    phuLucRef: pieces(phuLucRefLines),
    dangCongSan: piece(header.party),
    banSao: copy
      ? { hinhThuc: toPiece(copy.mark), coQuan: pieces(copy.coQuan), soKyHieu: piece(copy.soKyHieu), diaDanh: piece(copy.diaDanh) }
      : null,
  };

  // A scan has no text to judge: input.scanned says so; do not call it "not a document".
  const scanned = model.format === 'pdf' && model.pages.length > 0 && model.pages.every((p) => p.imageOnly);
  return {
    components,
    docType: guessType(header, title, body, copy),
    scope: scanned ? { administrative: true } : decideScope(header, title, tail, phuLucRef, !!phuLucHeads.length && live.indexOf(phuLucHeads[0]) < 3),
  };
}
