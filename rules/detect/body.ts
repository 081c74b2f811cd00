// The body zone between the title and the signature: Kính gửi with its recipients, the căn cứ
// preamble, the enacting line, Phần/Chương/Mục/Điều headings, khoản/điểm points, body pieces.
import { joinWrapped, splitItems, type Line } from './lines.ts';
import { fold, isDecoration, isUpper } from './text.ts';
import {
  CAN_CU, CHUONG, DIEM_TEXT, DIEU, DO_KHAN, DO_MAT, ENACTING, KHOAN_TEXT, KINH_GUI, MUC, PHAN, PHU_LUC,
} from './patterns.ts';

export type HeadingLevel = 'phan' | 'chuong' | 'muc' | 'dieu';

export interface Body {
  kinhGui: Line[];
  canCu: Line[];
  quyetNghi: Line | null;
  headings: { level: HeadingLevel; line: Line; title?: Line }[];
  points: { level: 'khoan' | 'diem'; label: string; line: Line }[];
  body: Line[];
}

function headingLevel(l: Line): HeadingLevel | null {
  if (DIEU.test(l.key)) return 'dieu';
  if (l.text.length > 120) return null;
  if (CHUONG.test(l.key)) return 'chuong';
  if (PHAN.test(l.key) && (l.text.length <= 40 || isUpper(l.text.replace(/^\S+\s+\S+/, '')))) return 'phan';
  if (MUC.test(l.key) && (l.text.length <= 40 || isUpper(l.text.replace(/^\S+\s+\S+/, '')))) return 'muc';
  return null;
}

/**
 * @param zone lines between the title and the signature block, in reading order
 * @param hasEnactingType the document type has an enacting line (Quyết định, Nghị quyết…)
 */
export function detectBody(zone: Line[]): Body {
  const b: Body = { kinhGui: [], canCu: [], quyetNghi: null, headings: [], points: [], body: [] };
  const lines = zone.filter((l) => !l.dataTable && !isDecoration(l.text));
  const used = new Set<Line>();

  // Kính gửi: near the start; recipients follow on lines starting with a dash.
  const kg = lines.slice(0, 10).find((l) => KINH_GUI.test(l.key));
  if (kg) {
    b.kinhGui.push(...splitItems(kg));
    used.add(kg);
    for (const l of lines.slice(lines.indexOf(kg) + 1)) {
      const last = b.kinhGui.at(-1)!;
      // A recipient wrapped onto the next printed line continues it.
      const wrapped = b.kinhGui.length > 1 && !/[;.]\s*$/.test(last.text) && l.text.length < 80;
      if (!/^[-+–•]/.test(l.text.trim()) && !wrapped) break;
      b.kinhGui.push(...splitItems(l));
      used.add(l);
    }
    b.kinhGui = joinWrapped(b.kinhGui);
  }

  // Preamble: căn cứ lines before the enacting line "QUYẾT ĐỊNH:" (or, with none, a run of
  // căn cứ lines at the start that end with ";" or "." — a prose sentence "Căn cứ …, Sở … như sau:" is body).
  const enact = lines.find((l) => ENACTING.test(l.key) && isUpper(l.text));
  if (enact) {
    b.quyetNghi = enact;
    used.add(enact);
    for (const l of lines) {
      if (l.seq >= enact.seq) break;
      if (CAN_CU.test(l.key) || /^XET\b/.test(l.key)) {
        b.canCu.push(l);
        used.add(l);
      }
    }
  } else {
    for (const l of lines) {
      if (used.has(l)) continue;
      if (!CAN_CU.test(l.key) || !/[;.]$/.test(l.text.trim()) || /:\s*$/.test(l.text)) break;
      b.canCu.push(l);
      used.add(l);
    }
  }

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (used.has(l)) continue;
    if (DO_KHAN.test(l.key) || DO_MAT.test(l.key) || PHU_LUC.test(l.key)) {
      used.add(l);
      continue;
    }
    const level = headingLevel(l);
    if (level) {
      const h: Body['headings'][number] = { level, line: l };
      used.add(l);
      // Phần/Chương/Mục titles sit on the next line, upper case.
      const next = lines[i + 1];
      if (level !== 'dieu' && next && isUpper(next.text) && !headingLevel(next) && /^\S+\s+\S+$/.test(fold(l.text).trim())) {
        h.title = next;
        used.add(next);
        i++;
      }
      b.headings.push(h);
      continue;
    }
    if (l.side === 'right') continue; // stray right-column lines are not body text
    b.body.push(l);
    used.add(l);
    const text = l.text.trim();
    const label = l.paragraph.label?.trim();
    const k = KHOAN_TEXT.exec(text);
    const d = DIEM_TEXT.exec(text.normalize('NFC'));
    if (k) b.points.push({ level: 'khoan', label: label && /^\d+\.$/.test(label) ? label : `${k[1]}.`, line: l });
    else if (d) b.points.push({ level: 'diem', label: label && /^[a-zđ]\)$/.test(label) ? label : `${d[1]})`, line: l });
  }
  return b;
}
