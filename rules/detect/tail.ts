// The end of the document: signature block (ô 7a/7b: quyền hạn, chức vụ, họ tên), Nơi nhận
// (ô 9b) and the address block (ô 13). Real documents put Nơi nhận left and the signature right
// in a borderless table, in tab-separated lines, or (PDF) at positions; plain flow aligns them.
import { joinWrapped, splitItems, type Line } from './lines.ts';
import { isDecoration, isUpper, wordCount } from './text.ts';
import { ADDRESS, NOI_NHAN, POSITION_WORD, QUYEN_HAN, SIGN_NOTE } from './patterns.ts';

export interface Tail {
  /** Reading-order position where the tail starts (Infinity when there is none). */
  start: number;
  quyenHan: Line[];
  chucVu: Line[];
  hoTen: Line | null;
  /** No name, but a blank to be filled by hand ("……………", "______") under the position: a form to be signed. */
  hoTenBlank: Line | null;
  noiNhanLabel: Line | null;
  noiNhanItems: Line[];
  diaChi: Line[];
}

const BLANK = /^[\s.…_]{3,}$/u;

/** A line that can only be body text: a full-width paragraph, or a long one. */
function bodyLike(l: Line): boolean {
  if (NOI_NHAN.test(l.key) || QUYEN_HAN.test(l.key) || ADDRESS.test(l.key)) return false;
  if (l.side === 'right') return false;
  if (l.text.length >= 100) return true;
  return l.side === 'full' && !/^[-+•]/.test(l.text) && !isUpper(l.text);
}

/**
 * @param lines all lines
 * @param from first position the tail may start at (after the title)
 * @param end position where appendices start (the tail ends before them)
 */
export function detectTail(lines: Line[], from: number, end: number): Tail {
  const t: Tail = { start: Infinity, quyenHan: [], chucVu: [], hoTen: null, hoTenBlank: null, noiNhanLabel: null, noiNhanItems: [], diaChi: [] };
  const zone = lines.filter((l) => l.seq > from && l.seq < end && !l.dataTable && !isDecoration(l.text));
  if (!zone.length) return t;

  const label = [...zone].reverse().find((l) => NOI_NHAN.test(l.key) && l.text.length <= 40) ?? null;
  const anchors = zone.filter((l) => QUYEN_HAN.test(l.key) && isUpper(l.text) && l.text.length <= 80);
  // The last cluster of authority lines (TM./KT. …) is the signature.
  const lastAnchor = anchors.at(-1);
  const cluster = lastAnchor ? anchors.filter((a) => lastAnchor.seq - a.seq <= 6) : [];

  let start: number;
  if (label || cluster.length) {
    start = Math.min(label?.seq ?? Infinity, cluster[0]?.seq ?? Infinity);
    // PDF rows: a position line printed level with "Nơi nhận:" may come just before it.
    if (label) {
      for (const l of zone) {
        if (l.seq >= start || l.seq < start - 3) continue;
        if (l.side === 'right' && isUpper(l.text) && l.box && label.box && l.page === label.page && Math.abs(l.box.y0 - label.box.y0) < 4)
          start = Math.min(start, l.seq);
      }
    }
  } else {
    // No label, no prefix: walk back from the end over short column lines.
    let i = zone.length - 1;
    while (i >= 0 && !bodyLike(zone[i])) i--;
    if (i === zone.length - 1) return t;
    start = zone[i + 1].seq;
  }
  t.start = start;
  const tail = zone.filter((l) => l.seq >= start);

  // Address block: from the first address line to the end (plus footers, added by the caller).
  const firstAddr = tail.findIndex((l) => ADDRESS.test(l.key) && l.side !== 'right');
  const addrStart = firstAddr >= 0 ? tail[firstAddr].seq : Infinity;
  if (firstAddr >= 0) t.diaChi = tail.filter((l) => l.seq >= addrStart && l.side !== 'right');

  const body = tail.filter((l) => l.seq < addrStart);
  t.noiNhanLabel = label && label.seq >= start ? label : null;
  const leftSides = new Set(['left', 'full']);
  let itemSources: Line[] = [];
  if (t.noiNhanLabel) {
    const lab = t.noiNhanLabel;
    // Items: the label's column after it. In plain flow the signature lines are centred/right.
    itemSources = body.filter(
      (l) => l.seq > lab.seq && (l.side === lab.side || (leftSides.has(l.side) && leftSides.has(lab.side))) && !QUYEN_HAN.test(l.key),
    );
    t.noiNhanItems = joinWrapped(itemSources.flatMap(splitItems));
  }
  const inNoiNhan = new Set<Line>([...(t.noiNhanLabel ? [t.noiNhanLabel] : []), ...itemSources]);
  const hasColumns = body.some((l) => l.side === 'right');
  const sign = body.filter((l) => !inNoiNhan.has(l) && (hasColumns ? l.side === 'right' || l.side === 'center' : true));

  // Name: the last short line that is not a note, an authority line or a position line.
  const cands = sign.filter((l) => !SIGN_NOTE.test(l.key));
  let nameAt = -1;
  for (let i = cands.length - 1; i >= 0; i--) {
    const l = cands[i];
    if (QUYEN_HAN.test(l.key)) break;
    if (/\d|:/.test(l.text) || wordCount(l.text) > 8) continue;
    if (isUpper(l.text) && POSITION_WORD.test(l.key)) break;
    if (!/^\p{Lu}/u.test(l.text.trim())) continue;
    // An upper-case name needs a position line above it ("GIÁM ĐỐC" / "NGUYỄN VĂN A").
    if (isUpper(l.text) && !cands.slice(0, i).some((c) => isUpper(c.text))) continue;
    nameAt = i;
    break;
  }
  t.hoTen = nameAt >= 0 ? cands[nameAt] : null;
  if (!t.hoTen && sign.length) {
    // Dot/underscore lines are decoration, left out of the zone: look for one under the signature lines.
    const last = sign[sign.length - 1].seq;
    t.hoTenBlank =
      lines.find((l) => l.seq > last && l.seq < end && !l.dataTable && BLANK.test(l.text) && (!hasColumns || l.side === 'right' || l.side === 'center')) ??
      null;
  }
  for (const l of nameAt >= 0 ? cands.slice(0, nameAt) : cands) {
    if (QUYEN_HAN.test(l.key) && isUpper(l.text)) t.quyenHan.push(l);
    else if (isUpper(l.text) && l.text.length <= 80) t.chucVu.push(l);
  }
  return t;
}
