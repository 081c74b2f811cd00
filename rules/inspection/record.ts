// The inspection record (biên bản kiểm tra) as content: the page prints it as HTML and
// record-docx.ts writes it as .docx — one source, so both say the same thing. Framework-free.

export const CHECKLIST_LABELS = {
  signingAuthority: 'Thẩm quyền ký',
  seal: 'Con dấu',
  // Not "Nơi nhận": the detector takes any bordered table holding those words for the header/signature layout table.
  recipients: 'Đối tượng nhận văn bản',
  content: 'Nội dung',
} as const;
export type ChecklistKey = keyof typeof CHECKLIST_LABELS;
export const CHECKLIST_KEYS = Object.keys(CHECKLIST_LABELS) as ChecklistKey[];

export interface RecordItem {
  pos: number;
  unitName: string;
  sha256: string;
  docType: string | null;
  errors: number;
  /** YYYY-MM-DD… of the last check. */
  checkedAt?: string;
  verdict: (Record<ChecklistKey, { ok: boolean; note?: string }> & { note?: string }) | null;
}

export interface RecordInput {
  agency: { parent?: string; name: string; abbr: string; place: string };
  /** Record number ("12") → "Số: 12/BB-<abbr>". */
  number: string;
  /** YYYY-MM-DD */
  date: string;
  title: string;
  unitName: string;
  period: { from: string; to: string };
  seed: string;
  population: number;
  items: RecordItem[];
  /** Rules with machine findings in the sample, most frequent first. */
  rules: { id: string; title: string; legalRef: string; documents: number; fail: number }[];
  recommendations: string[];
  signer: { head: string[]; name: string };
  recipients: string[];
}

export type Block =
  | { kind: 'p'; text: string; bold?: boolean; italic?: boolean; role?: 'heading' | 'item' }
  | { kind: 'table'; head: string[]; rows: string[][]; widths: number[] };

export interface RecordContent {
  header: { parent?: string; agency: string[]; number: string; placeDate: string };
  typeName: string;
  summary: string[];
  body: Block[];
  sign: { head: string[]; name: string };
  recipients: string[];
}

/** "ngày 05 tháng 3 năm 2026": day below 10 and months 1–2 with a leading zero (ND 30, Phụ lục I). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m < 3 ? String(m).padStart(2, '0') : m} năm ${y}`;
}
export const shortDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
export const share = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1).replace('.', ',')}%` : '0%');

/** "Xã An Bình" inside a sentence is "xã An Bình" (ND 30: the level word is not a proper name). */
export const midSentence = (name: string) => name.replace(/^(Xã|Huyện|Tỉnh|Phường|Thị trấn|Thành phố|Quận)(?= )/, (m) => m.toLowerCase());

function verdictLine(i: RecordItem): string {
  const v = i.verdict!;
  const parts = CHECKLIST_KEYS.map((k) => `${CHECKLIST_LABELS[k].toLowerCase()} ${v[k].ok ? 'đạt' : 'không đạt'}${v[k].note ? ` (${v[k].note})` : ''}`);
  return `- Văn bản thứ ${i.pos + 1} (${i.docType ?? 'chưa xác định loại'}, mã ${i.sha256.slice(0, 12)}, ${midSentence(i.unitName)}): ${parts.join('; ')}${v.note ? `. Ghi chú: ${v.note}` : ''}.`;
}

export function recordContent(r: RecordInput): RecordContent {
  const n = r.items.length;
  const withError = r.items.filter((i) => i.errors > 0).length;
  const reviewed = r.items.filter((i) => i.verdict);
  const body: Block[] = [
    {
      kind: 'p',
      text: `Thực hiện ${r.title}, ${longDate(r.date)}, Đoàn kiểm tra của ${r.agency.name.toLowerCase().replace(/^./, (c) => c.toUpperCase())} tiến hành kiểm tra thể thức và kỹ thuật trình bày văn bản hành chính của ${midSentence(r.unitName)}, thời kỳ kiểm tra từ ngày ${shortDate(r.period.from)} đến ngày ${shortDate(r.period.to)}.`,
    },
    { kind: 'p', text: 'I. PHẠM VI VÀ MẪU KIỂM TRA', bold: true, role: 'heading' },
    {
      kind: 'p',
      text: `Trong thời kỳ kiểm tra, đơn vị có ${r.population} văn bản đã được kiểm tra bằng công cụ kiểm tra thể thức. Đoàn kiểm tra chọn ngẫu nhiên ${n} văn bản để kiểm tra trực tiếp; mẫu được chọn lại đúng như vậy với mã chọn mẫu "${r.seed}".`,
    },
    {
      kind: 'table',
      head: ['STT', 'Loại', 'Mã văn bản', 'Ngày kiểm tra', 'Lỗi', 'Trực tiếp'],
      widths: [14, 16, 45, 32, 14, 44],
      rows: r.items.map((i) => [
        String(i.pos + 1),
        i.docType ?? '',
        i.sha256.slice(0, 12),
        i.checkedAt ? shortDate(i.checkedAt.slice(0, 10)) : '',
        String(i.errors),
        !i.verdict ? 'Chưa xem' : CHECKLIST_KEYS.some((k) => !i.verdict![k].ok) ? 'Có vấn đề' : 'Đạt',
      ]),
    },
    { kind: 'p', text: 'II. KẾT QUẢ KIỂM TRA', bold: true, role: 'heading' },
    { kind: 'p', text: '1. Kết quả kiểm tra bằng công cụ', bold: true, role: 'heading' },
    {
      kind: 'p',
      text: `Có ${withError}/${n} văn bản trong mẫu có ít nhất một lỗi thể thức (${share(withError, n)}). Các quy tắc có kết quả như sau:`,
    },
    // Findings per rule as items, not a bordered table: the detector takes a bordered table that
    // mentions "Nơi nhận" (a rule title) for the layout table of the signature block.
    ...(r.rules.length
      ? r.rules.map((x, k): Block => ({
          kind: 'p',
          role: 'item',
          text: `${k + 1}) ${x.title}: ${x.documents} văn bản (${share(x.documents, n)} số văn bản trong mẫu), ${x.fail} lỗi; căn cứ: ${x.legalRef}.`,
        }))
      : [{ kind: 'p', text: 'Không có văn bản nào trong mẫu có lỗi thể thức.' } as Block]),
    { kind: 'p', text: '2. Kết quả kiểm tra trực tiếp', bold: true, role: 'heading' },
    {
      kind: 'p',
      text: `Đoàn kiểm tra đã xem trực tiếp ${reviewed.length}/${n} văn bản trong mẫu đối với những nội dung công cụ không kiểm tra được:`,
    },
    {
      kind: 'table',
      head: ['Nội dung', 'Đạt', 'Không đạt', 'Chưa xem'],
      widths: [70, 30, 30, 30],
      rows: CHECKLIST_KEYS.map((k) => {
        const ok = reviewed.filter((i) => i.verdict![k].ok).length;
        return [CHECKLIST_LABELS[k], String(ok), String(reviewed.length - ok), String(n - reviewed.length)];
      }),
    },
    ...reviewed.filter((i) => CHECKLIST_KEYS.some((k) => !i.verdict![k].ok) || i.verdict!.note).map((i): Block => ({ kind: 'p', text: verdictLine(i), role: 'item' })),
    { kind: 'p', text: 'III. KIẾN NGHỊ', bold: true, role: 'heading' },
    ...r.recommendations.map((t, k): Block => ({ kind: 'p', text: `${k + 1}. ${t}`, role: 'item' })),
    { kind: 'p', text: `Biên bản được lập thành 02 bản có giá trị như nhau, ${midSentence(r.unitName)} giữ 01 bản, Đoàn kiểm tra giữ 01 bản./.` },
  ];
  return {
    header: {
      parent: r.agency.parent,
      agency: [r.agency.name],
      number: `Số: ${r.number}/BB-${r.agency.abbr}`,
      placeDate: `${r.agency.place}, ${longDate(r.date)}`,
    },
    typeName: 'BIÊN BẢN',
    summary: [`Kiểm tra thể thức và kỹ thuật trình bày văn bản hành chính`, `tại ${midSentence(r.unitName)}`],
    body,
    sign: r.signer,
    recipients: r.recipients,
  };
}

/** Default recommendations from the most frequent machine findings. */
export function defaultRecommendations(r: Pick<RecordInput, 'unitName' | 'rules'>): string[] {
  const top = r.rules.slice(0, 3).map((x) => x.title.replace(/\.$/, ''));
  return [
    top.length
      ? `${r.unitName} chấn chỉnh các lỗi thể thức thường gặp: ${top.join('; ')}.`
      : `${r.unitName} tiếp tục duy trì việc trình bày văn bản đúng thể thức.`,
    'Văn thư đơn vị kiểm tra thể thức văn bản bằng công cụ trước khi trình ký và phát hành.',
    'Báo cáo kết quả khắc phục về Đoàn kiểm tra trong thời hạn 30 ngày kể từ ngày ký biên bản.',
  ];
}
