// The procedure catalogue as data (issue 7): a zod schema for one administrative procedure (TTHC)
// shaped after the national CSDL TTHC record (dossier.md §2.1: MATTHC, THANHPHANHOSO[TRUONGHOP,
// GIAYTO], CACHTHUCTHUCHIEN[KENH, THOIGIAN, PHILEPHI], CANCUPHAPLY) plus the flags that record
// lacks (required / conditional / one-of, present-only, recognisers, papers no longer demandable).
// A catalogue pack has the same envelope as a rule pack (rules/pack.ts) so the registry can store
// it as another pack kind with an effective date.
import { z } from 'zod';

/** Where a value comes from: the reference section, the legal text and how sure we are. */
export const Citation = z
  .object({
    /** Legal text: "Luật Hộ tịch 2014, Điều 16 khoản 1". */
    ref: z.string().min(1),
    /** Where we read it: "decree30.md §5.1 [PD-HT]". */
    source: z.string().min(1),
    /** V = verified in the legal text, S = secondary source, U = uncertain (decree30.md §0). */
    confidence: z.enum(['V', 'S', 'U']),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

/** Answers to the case questions select cases and trigger conditional components. */
export const Conditions = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
export type Conditions = z.infer<typeof Conditions>;

/** A question the clerk answers (authorised? abandoned child? channel?). */
export const Question = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label: z.string().min(1),
    options: z.array(z.object({ value: z.string().min(1), label: z.string().min(1) }).strict()).min(2),
    default: z.string(),
  })
  .strict()
  .refine((q) => q.options.some((o) => o.value === q.default), { message: 'giá trị mặc định phải là một lựa chọn' });
export type Question = z.infer<typeof Question>;

/** Counts printed in Mẫu 01/02: bản chính / bản chứng thực / bản photo. */
export const Copies = z
  .object({
    original: z.number().int().nonnegative(),
    certified: z.number().int().nonnegative(),
    photocopy: z.number().int().nonnegative(),
  })
  .strict();
export type Copies = z.infer<typeof Copies>;

export const Requirement = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('required') }).strict(),
  /** Needed only when the answers match `when`; `label` names the condition in plain words. */
  z.object({ kind: z.literal('conditional'), when: Conditions, label: z.string().min(1) }).strict(),
  /** One member of the group is enough (paper tờ khai or the e-form). */
  z.object({ kind: z.literal('one-of'), group: z.string().min(1) }).strict(),
  /** May be attached (e.g. "nếu có"); never missing. */
  z.object({ kind: z.literal('optional') }).strict(),
]);
export type Requirement = z.infer<typeof Requirement>;

/** How an attached file is recognised as this component: by content first, the file name last. */
export const Recognisers = z
  .object({
    /** Title words, matched (accent- and case-folded) against the first lines of the file. */
    titles: z.array(z.string().min(2)).default([]),
    /** Regular expressions (source strings, flags "iu") matched against the whole text. */
    patterns: z.array(z.string().min(1)).default([]),
    /** Words in the file name (fallback, low confidence). */
    fileNames: z.array(z.string().min(2)).default([]),
    /** Takes any readable file no other component claims (the paper to be certified). */
    anyDocument: z.boolean().default(false),
    /** Titles the catch-all must not take (a request form nobody may demand). */
    notTitles: z.array(z.string().min(2)).default([]),
  })
  .strict();
export type Recognisers = z.infer<typeof Recognisers>;

export const FieldFormat = z.enum(['cccd', 'date', 'phone', 'text']);
export type FieldFormat = z.infer<typeof FieldFormat>;

/** A field of a form (tờ khai) found by its label. */
export const FormField = z
  .object({
    label: z.string().min(2),
    required: z.boolean().default(true),
    format: FieldFormat.default('text'),
  })
  .strict();
export type FormField = z.infer<typeof FormField>;

export const FormTemplate = z
  .object({
    /** Form code and where it is issued: "Mẫu CT01, TT 53/2025/TT-BCA". */
    template: z.string().min(1),
    /** The file is expected to carry text (a filled-in form); an image-only file needs review. */
    textExpected: z.boolean().default(true),
    fields: z.array(FormField).default([]),
    cite: z.array(Citation).default([]),
  })
  .strict();
export type FormTemplate = z.infer<typeof FormTemplate>;

export const Component = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    /** submit = nộp; present = xuất trình only (ID, residence proof). */
    role: z.enum(['submit', 'present']),
    /** Present-only papers that must be filed in these cases (by post: certified copies). */
    submitWhen: Conditions.optional(),
    copies: Copies,
    requirement: Requirement,
    /** The component counts as provided without a file in these cases (e-form filed online, data looked up). */
    satisfiedWhen: Conditions.optional(),
    recognisers: Recognisers,
    form: FormTemplate.optional(),
    note: z.string().optional(),
    cite: z.array(Citation).min(1),
  })
  .strict();
export type Component = z.infer<typeof Component>;

/** A case (TRUONGHOP): the conditions that select it and its components. */
export const Case = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    /** Empty = the default case. The matching case with the most conditions wins. */
    when: Conditions.default({}),
    components: z.array(Component).min(1),
  })
  .strict();
export type Case = z.infer<typeof Case>;

/** A paper the office may no longer demand, with the law and the date from which. */
export const Outdated = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    legalRef: z.string().min(1),
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    recognisers: Recognisers,
    cite: z.array(Citation).min(1),
  })
  .strict();
export type Outdated = z.infer<typeof Outdated>;

/** KENH of CSDL TTHC: 1 trực tiếp, 2 trực tuyến, 3 bưu chính; "all" when the value is the same. */
export const Channel = z.enum(['truc-tiep', 'truc-tuyen', 'buu-chinh', 'all']);
export type Channel = z.infer<typeof Channel>;

export const ProcessingTime = z
  .object({
    channel: Channel,
    unit: z.enum(['immediately', 'working-days', 'working-hours', 'days']),
    value: z.number().nonnegative().nullable(),
    note: z.string().optional(),
    cite: z.array(Citation).min(1),
  })
  .strict();
export type ProcessingTime = z.infer<typeof ProcessingTime>;

export const Fee = z
  .object({
    channel: Channel,
    /** VND; null when set by the provincial HĐND (varies). */
    amountVnd: z.number().nonnegative().nullable(),
    /** What the amount is per ("mỗi bản sao, mỗi sự kiện"). */
    per: z.string().optional(),
    text: z.string().min(1),
    cite: z.array(Citation).min(1),
  })
  .strict();
export type Fee = z.infer<typeof Fee>;

export const Exemption = z.object({ text: z.string().min(1), when: Conditions.optional(), cite: z.array(Citation).min(1) }).strict();

export const Procedure = z
  .object({
    /** National code of CSDL TTHC: 1.001193. */
    code: z.string().regex(/^[12]\.\d{6}$/),
    /** Local variants seen on portals: 2.000884.000.00.00.H55, 1.012753.H19. */
    variants: z.array(z.string().min(1)).default([]),
    name: z.string().min(1),
    level: z.string().min(1),
    /** Body that receives it (UBND cấp xã, Công an cấp xã). */
    agency: z.string().min(1),
    sector: z.string().min(1),
    legalBasis: z.array(Citation).min(1),
    questions: z.array(Question).default([]),
    cases: z.array(Case).min(1),
    outdated: z.array(Outdated).default([]),
    processing: z.array(ProcessingTime).min(1),
    /** Received after this local time → counted from the next working day ("15:00"). */
    cutOff: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
    cutOffCite: z.array(Citation).default([]),
    fees: z.array(Fee).min(1),
    exemptions: z.array(Exemption).default([]),
    result: z.string().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const keys = new Set(p.questions.map((q) => q.key));
    const checkConds = (c: Conditions | undefined, path: (string | number)[]) => {
      for (const k of Object.keys(c ?? {})) {
        if (!keys.has(k)) ctx.addIssue({ code: 'custom', path, message: `câu hỏi "${k}" chưa khai báo trong questions` });
      }
    };
    p.cases.forEach((c, ci) => {
      checkConds(c.when, ['cases', ci, 'when']);
      const ids = new Set<string>();
      c.components.forEach((m, mi) => {
        if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['cases', ci, 'components', mi, 'id'], message: `trùng mã thành phần ${m.id}` });
        ids.add(m.id);
        if (m.requirement.kind === 'conditional') checkConds(m.requirement.when, ['cases', ci, 'components', mi]);
        checkConds(m.satisfiedWhen, ['cases', ci, 'components', mi]);
        checkConds(m.submitWhen, ['cases', ci, 'components', mi]);
      });
    });
  });
export type Procedure = z.infer<typeof Procedure>;

const packBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'mã danh mục: chữ thường, số, gạch nối'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'phiên bản dạng 2026.1.0'),
  title: z.string().min(1),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày hiệu lực dạng YYYY-MM-DD'),
  legalBasis: z.string().optional(),
};

/** A catalogue pack: the registry stores it beside rule packs, versioned, with an effective date. */
export const ProcedurePack = z
  .object({ ...packBase, kind: z.literal('procedures'), procedures: z.array(Procedure).min(1) })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.procedures.forEach((x, i) => {
      if (seen.has(x.code)) ctx.addIssue({ code: 'custom', path: ['procedures', i, 'code'], message: `trùng mã thủ tục ${x.code}` });
      seen.add(x.code);
    });
  });
export type ProcedurePack = z.infer<typeof ProcedurePack>;
export type ProcedurePackInput = z.input<typeof ProcedurePack>;

export const procedurePackJsonSchema = () => z.toJSONSchema(ProcedurePack, { io: 'input' });
export const procedureJsonSchema = () => z.toJSONSchema(Procedure, { io: 'input' });
