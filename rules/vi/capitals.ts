// Capitalisation rules of NĐ 30/2020, Phụ lục II (decree30.md §3.1): citing parts of a document,
// names of agencies and organisations, names of administrative units. Pure text functions; the
// kinds skip header lines written in capitals.
import { parseSyllable } from './syllable.ts';
import { allCaps, capitalised, words, type Word } from './tokens.ts';

export interface CapsIssue {
  start: number;
  end: number;
  found: string;
  expected: string;
}

const KEYS = new Map<string, string>();
/** Tone-placement-independent, case-independent form of a word ("Uỷ" and "ủy" → "uy3"); memoised. */
function key(w: string): string {
  let k = KEYS.get(w);
  if (k === undefined) {
    k = parseSyllable(w)?.key ?? w.toLowerCase();
    if (KEYS.size > 50_000) KEYS.clear();
    KEYS.set(w, k);
  }
  return k;
}

/** Phrases indexed by their first word's key: one Map lookup per word instead of a scan of the list. */
type PhraseIndex = Map<string, string[][]>;
const INDEXES = new WeakMap<string[], PhraseIndex>();
function phraseIndex(list: string[]): PhraseIndex {
  let idx = INDEXES.get(list);
  if (!idx) {
    idx = new Map();
    for (const phrase of list) {
      const ks = keysOf(phrase);
      const arr = idx.get(ks[0]) ?? [];
      arr.push(ks);
      arr.sort((a, b) => b.length - a.length); // longest first: "Ủy ban" before "Ban"
      idx.set(ks[0], arr);
    }
    INDEXES.set(list, idx);
  }
  return idx;
}
const KEY_SETS = new WeakMap<string[], Set<string>>();
/** The keys of a list of words or phrases, computed once per list. */
function keySet(list: string[]): Set<string> {
  let set = KEY_SETS.get(list);
  if (!set) {
    set = new Set(list.map((x) => keysOf(x).join(' ')));
    KEY_SETS.set(list, set);
  }
  return set;
}

function findPhrase(idx: PhraseIndex, ws: Word[], i: number, text: string): string[] | undefined {
  const cands = idx.get(key(ws[i].text));
  return cands?.find((p) => matchAt(ws, i, p, text));
}
const keysOf = (phrase: string) => phrase.split(/\s+/).map(key);

function adjacent(text: string, a: Word, b: Word | undefined): b is Word {
  return !!b && /^[ \u00a0]+$/.test(text.slice(a.end, b.start));
}

function lowerFirst(w: string): string {
  return w[0].toLowerCase() + w.slice(1);
}
function upperFirst(w: string): string {
  return w[0].toUpperCase() + w.slice(1);
}
function span(text: string, ws: Word[]): { start: number; end: number; found: string } {
  return { start: ws[0].start, end: ws[ws.length - 1].end, found: text.slice(ws[0].start, ws[ws.length - 1].end) };
}

const ROMAN = /^[IVXLC]+$/;
const NUMBER = /^[0-9]+[a-zđ]?$/;
const NUMBER_WORDS = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'nửa', 'các', 'từng', 'mỗi']);

/** The two words before word i are "khoản N" or "điểm x" (any case). */
function citesPoint(text: string, ws: Word[], i: number): boolean {
  const a = ws[i - 2], b = ws[i - 1];
  if (!a || !b || !adjacent(text, a, b) || !adjacent(text, b, ws[i])) return false;
  const k = a.text.toLowerCase();
  return (k === 'khoản' && NUMBER.test(b.text)) || (k === 'điểm' && /^[a-zđ]$/.test(b.text));
}

/**
 * nd30.viet-hoa.trich-dan: "Điều", "Chương", "Mục", "Tiểu mục", "Phần" capitalised when citing;
 * "khoản", "điểm" lower case ("điểm a khoản 2 Điều 3").
 */
const CITATION = /điều|chương|mục|phần|khoản|điểm/i;

export function checkCitation(text: string): CapsIssue[] {
  if (!CITATION.test(text)) return [];
  const ws = words(text);
  const out: CapsIssue[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const next = ws[i + 1];
    if (w.quoted || allCaps(w)) continue;
    const lower = w.text.toLowerCase();
    // "tiểu mục 2" → "Tiểu mục 2"
    if (w.text === 'tiểu' && next?.text === 'mục' && adjacent(text, w, next) && adjacent(text, next, ws[i + 2]) && (NUMBER.test(ws[i + 2].text) || ROMAN.test(ws[i + 2].text))) {
      const s = span(text, [w, next, ws[i + 2]]);
      out.push({ ...s, expected: `Tiểu mục ${ws[i + 2].text}` });
      i += 2;
      continue;
    }
    if (['điều', 'chương', 'mục', 'phần'].includes(w.text) && adjacent(text, w, next) && (NUMBER.test(next.text) || ROMAN.test(next.text))) {
      const prev = ws[i - 1];
      if (lower === 'phần' && prev && NUMBER_WORDS.has(prev.text.toLowerCase())) continue; // "một phần 2"
      if (lower === 'mục' && prev?.text.toLowerCase() === 'tiểu') continue;
      const s = span(text, [w, next]);
      out.push({ ...s, expected: `${upperFirst(w.text)} ${next.text}` });
      continue;
    }
    // "khoản 2 điều này" → "khoản 2 Điều này": the article that holds the cited point.
    if ((w.text === 'điều' || w.text === 'chương') && next?.text === 'này' && adjacent(text, w, next) && citesPoint(text, ws, i)) {
      out.push({ ...span(text, [w, next]), expected: `${upperFirst(w.text)} này` });
      continue;
    }
    if ((w.text === 'Khoản' || w.text === 'Điểm') && !w.sentenceStart && adjacent(text, w, next)) {
      const ok = w.text === 'Khoản' ? NUMBER.test(next.text) || next.text === 'này' : /^[a-zđ]$/.test(next.text) || next.text === 'này';
      if (!ok) continue;
      const s = span(text, [w, next]);
      out.push({ ...s, expected: `${lowerFirst(w.text)} ${next.text}` });
    }
  }
  return out;
}

/** Organisation-type words (Phụ lục II, mục IV): the first syllable is capitalised, the rest not. */
export const ORG_TYPES = [
  'Ủy ban', 'Hội đồng', 'Trung tâm', 'Văn phòng', 'Tổng cục', 'Chi cục', 'Kho bạc', 'Ngân hàng', 'Tòa án', 'Viện kiểm sát',
  'Bộ', 'Sở', 'Cục', 'Vụ', 'Ban', 'Viện', 'Phòng', 'Thanh tra', 'Công an', 'Đài', 'Trường', 'Bệnh viện', 'Hội',
  'Tổng công ty', 'Công ty', 'Liên đoàn', 'Học viện', 'Bảo hiểm xã hội', 'Quỹ', 'Đoàn',
];
/** Words for a function or field inside an agency name: only their first syllable is capitalised. */
export const FIELD_WORDS = [
  'nhân dân', 'tài chính', 'tài nguyên', 'môi trường', 'tư pháp', 'nội vụ', 'ngoại giao', 'giáo dục', 'đào tạo', 'y tế',
  'xây dựng', 'giao thông', 'vận tải', 'kế hoạch', 'đầu tư', 'nông nghiệp', 'phát triển', 'nông thôn', 'lao động',
  'thương binh', 'xã hội', 'văn hóa', 'thể thao', 'du lịch', 'khoa học', 'công nghệ', 'thông tin', 'truyền thông',
  'quốc phòng', 'dân tộc', 'tôn giáo', 'hành chính', 'tổ chức', 'cán bộ', 'kinh tế', 'hạ tầng', 'quản lý', 'thị trường',
  'thi đua', 'khen thưởng', 'văn thư', 'lưu trữ', 'tổng hợp', 'pháp chế', 'kế toán', 'quy hoạch', 'đô thị', 'dân số',
  'gia đình', 'trẻ em', 'bảo hiểm', 'chính sách', 'hộ tịch', 'đất đai', 'thống kê', 'địa chính', 'thuế', 'hải quan',
  'phục vụ', 'công vụ', 'dịch vụ', 'hành chính công', 'tiếp công dân', 'kiểm tra', 'giám sát', 'an ninh', 'trật tự',
  'phòng cháy', 'chữa cháy', 'cứu nạn', 'cứu hộ', 'thủy lợi', 'lâm nghiệp', 'thủy sản', 'công nghiệp', 'thương mại',
  'nhà nước', 'chấp hành', 'thường trực', 'thường vụ', 'kiểm sát', 'mặt trận', 'tổ quốc', 'thanh niên', 'phụ nữ',
  'cựu chiến binh', 'nông dân', 'công đoàn', 'liên hiệp', 'hội đồng', 'ủy ban', 'đại học', 'trung học', 'tiểu học',
  'mầm non', 'phổ thông', 'cơ sở', 'y học', 'dự phòng', 'kiểm soát', 'bệnh tật', 'nhân sự', 'tuyên giáo', 'dân vận',
];

/** Capitalised pairs that are official names as they stand. */
export const ALLOWED_NAMES = ['Công Thương'];

interface Lists {
  orgTypes?: string[];
  fieldWords?: string[];
  /** Capitalised pairs that are official names as they stand ("Công Thương"). */
  allowed?: string[];
}

function matchAt(ws: Word[], i: number, phrase: string[], text: string): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const w = ws[i + k];
    if (!w || key(w.text) !== phrase[k]) return false;
    if (k > 0 && !adjacent(text, ws[i + k - 1], w)) return false;
  }
  return true;
}

/**
 * nd30.viet-hoa.co-quan: "Ủy Ban Nhân Dân" → "Ủy ban nhân dân", "Sở Tài Chính" → "Sở Tài chính".
 * Multi-syllable type words and field words in an agency name keep only their first capital.
 */
export function checkAgencyNames(text: string, lists: Lists = {}): CapsIssue[] {
  const orgs = phraseIndex(lists.orgTypes ?? ORG_TYPES);
  const fields = phraseIndex(lists.fieldWords ?? FIELD_WORDS);
  const allowed = keySet(lists.allowed ?? ALLOWED_NAMES);
  const ws = words(text);
  const out: CapsIssue[] = [];
  let nameUntil = -1; // index of the last word that may still belong to the current agency name
  let orgEnd = -1; // index of the last word of the latest agency-type word
  // Right after another capitalised word, "Văn Phòng", "Trung Tâm", "Văn Hóa" are a person's name
  // ("Nguyễn Văn Phòng", "Lê Trung Tâm"), not an agency. A capitalised sentence start ("Giao Sở …") is not a name
  // unless it is a surname.
  const afterName = (i: number) => {
    const prev = ws[i - 1];
    if (!prev || i - 1 === orgEnd || !capitalised(prev) || !adjacent(text, prev, ws[i])) return false;
    return !prev.sentenceStart || keySet(SURNAMES).has(key(prev.text));
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.quoted || allCaps(w)) continue;
    const org = capitalised(w) && !afterName(i) ? findPhrase(orgs, ws, i, text) : undefined;
    if (org) {
      const part = ws.slice(i, i + org.length);
      if (part.slice(1).some((x) => capitalised(x))) {
        const s = span(text, part);
        out.push({ ...s, expected: upperFirst(s.found.toLowerCase()) });
      }
      nameUntil = i + org.length - 1 + 8;
      orgEnd = i + org.length - 1;
      i += org.length - 1;
      continue;
    }
    if (i > nameUntil || !capitalised(w) || afterName(i)) continue;
    const field = findPhrase(fields, ws, i, text);
    if (!field || field.length < 2) continue;
    const part = ws.slice(i, i + field.length);
    const s = span(text, part);
    if (part.slice(1).some((x) => capitalised(x)) && !allowed.has(field.join(' '))) {
      out.push({ ...s, expected: upperFirst(s.found.toLowerCase()) });
    }
    i += field.length - 1;
  }
  return out;
}

/** Unit words of administrative units (Phụ lục II, mục III). */
export const UNIT_WORDS = ['thành phố', 'thị xã', 'thị trấn', 'thủ đô', 'tỉnh', 'huyện', 'quận', 'phường', 'xã', 'thôn', 'ấp', 'đặc khu'];
/** Units that take a capital before a number ("Quận 1", "Phường 3"). */
const NUMBERED_UNITS = new Set(['quận', 'phường', 'xã', 'thị trấn', 'huyện']);
/** Names that look like a person's (surname first): the unit word is then capitalised, so we do not judge. */
export const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh',
  'Đoàn', 'Trương', 'Lương', 'Mạc', 'Tôn', 'Chu', 'Cao', 'Đào', 'Kim', 'Quang', 'Hai', 'Ba',
];
const SPECIAL: { unit: string; name: string; expected: string }[] = [
  { unit: 'thủ đô', name: 'hà nội', expected: 'Thủ đô Hà Nội' },
  { unit: 'thành phố', name: 'hồ chí minh', expected: 'Thành phố Hồ Chí Minh' },
];

/** Units named after a historical event (Phụ lục II, mục III: "Phường Điện Biên Phủ"): the unit word keeps its capital. */
export const EVENT_NAMES = ['Điện Biên Phủ'];
/** Words that make a compound with a unit word, not a place name ("Tỉnh ủy", "Huyện đội", "Xã hội"). */
const COMPOUNDS = ['ủy', 'đoàn', 'đội', 'hội', 'trưởng', 'lộ'];

/**
 * nd30.viet-hoa.dia-danh: "tỉnh Nam Định" (not "Tỉnh Nam Định" mid-sentence), "Quận 1" (not
 * "quận 1"), "Thủ đô Hà Nội", "Thành phố Hồ Chí Minh", and never "Thành Phố", "Thị Xã".
 */
export function checkPlaceNames(text: string, opts: { unitWords?: string[]; surnames?: string[]; eventNames?: string[] } = {}): CapsIssue[] {
  const events = [...keySet(opts.eventNames ?? EVENT_NAMES)];
  const units = phraseIndex(opts.unitWords ?? UNIT_WORDS);
  const surnames = keySet(opts.surnames ?? SURNAMES);
  const ws = words(text);
  const out: CapsIssue[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.quoted || allCaps(w)) continue;
    const unit = findPhrase(units, ws, i, text);
    if (!unit) continue;
    const uw = ws.slice(i, i + unit.length);
    const unitText = uw.map((x) => x.text).join(' ');
    const unitLower = unitText.toLowerCase();
    const after = ws[i + unit.length];
    const near = adjacent(text, uw[uw.length - 1], after);
    // The proper name: the capitalised words right after the unit word.
    const name: Word[] = [];
    for (let k = i + unit.length; k < ws.length; k++) {
      const x = ws[k];
      const prev = ws[k - 1];
      if (!adjacent(text, prev, x) || !(capitalised(x) || allCaps(x))) break;
      name.push(x);
    }
    const nameText = name.map((x) => x.text).join(' ');
    const special = SPECIAL.find((s) => keysOf(s.unit).join(' ') === unit.join(' ') && keysOf(s.name).join(' ') === keysOf(nameText.toLowerCase() || '-').slice(0, keysOf(s.name).length).join(' '));
    const secondCapital = uw.slice(1).some((x) => capitalised(x));
    i += unit.length - 1;
    if (special) {
      const found = span(text, [...uw, ...name.slice(0, keysOf(special.name).length)]);
      if (found.found !== special.expected && found.found.toLowerCase() === special.expected.toLowerCase()) out.push({ ...found, expected: special.expected });
      continue;
    }
    if (near && after && /^[0-9]+$/.test(after.text) && NUMBERED_UNITS.has(unitLower)) {
      const expected = upperFirst(unitLower) + ' ' + after.text;
      const s = span(text, [...uw, after]);
      if (s.found !== expected) out.push({ ...s, expected });
      continue;
    }
    if (name.length && keySet(COMPOUNDS).has(key(name[0].text))) continue; // "Tỉnh Ủy", "Xã Hội": not a place name
    if (!name.length) {
      if (secondCapital) out.push({ ...span(text, uw), expected: upperFirst(unitLower) });
      continue;
    }
    // A unit named after a person (surname first) or an event keeps its capital: not judged.
    const nameKey = name.map((x) => key(x.text)).join(' ');
    if ((surnames.has(key(name[0].text)) && name.length >= 2) || events.some((e) => nameKey.startsWith(e))) {
      if (secondCapital) out.push({ ...span(text, uw), expected: upperFirst(unitLower) });
      continue;
    }
    const unitCapital = capitalised(uw[0]);
    if ((unitCapital && !w.sentenceStart) || secondCapital) {
      const expected = (w.sentenceStart ? upperFirst(unitLower) : unitLower) + ' ' + nameText;
      out.push({ ...span(text, [...uw, ...name]), expected });
    }
  }
  return out;
}
