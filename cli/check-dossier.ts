// npm run check:dossier -- --procedure <code> [--case key=value …] [--json] [--mau02 out.docx]
//                          [--received YYYY-MM-DD] [--assign file=component …] [--count component=chính/chứng thực/photo …]
//                          [--catalogue pack.json] <files…|folder>
// The clerk's reception check from the command line: one dossier, one report (report.md shape).
// Exit 0 = checked, 1 = an error finding (e.g. a missing component), 2 = bad usage. No network.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { answerProblems, checkDossierDetailed, type DossierResult } from '../rules/dossier/check.ts';
import { defaultCatalogue, procedureInForce, ProcedurePack } from '../rules/dossier/index.ts';
import { makeMau02, supplementFormInstead } from '../rules/dossier/mau02.ts';
import type { Finding } from '../rules/report.ts';

const USAGE = `Cách dùng: npm run check:dossier -- --procedure <mã thủ tục> [--case khóa=giá-trị …] [--json] [--mau02 phieu.docx]
  [--received 2026-03-10] [--assign tệp=mã-thành-phần …] [--count mã-thành-phần=1/0/0 …] [--catalogue danh-muc.json] <tệp…|thư mục>
Ví dụ: npm run check:dossier -- --procedure 1.001193 --case uy-quyen=co ho-so-khai-sinh/`;

function fail(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      procedure: { type: 'string', short: 'p' },
      case: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      mau02: { type: 'string' },
      received: { type: 'string' },
      assign: { type: 'string', multiple: true, default: [] },
      count: { type: 'string', multiple: true, default: [] },
      catalogue: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  fail((e as Error).message);
}
const { values, positionals } = args;
if (values.help) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
if (!values.procedure) fail('Thiếu --procedure (mã thủ tục, ví dụ 1.001193).');
if (positionals.length === 0) fail('Cần ít nhất một tệp hoặc thư mục hồ sơ.');

const pairs = (list: string[], what: string) =>
  Object.fromEntries(
    list.map((s) => {
      const i = s.indexOf('=');
      if (i <= 0) fail(`${what} phải có dạng khóa=giá-trị: "${s}"`);
      return [s.slice(0, i), s.slice(i + 1)];
    }),
  );
const caseAnswers = pairs(values.case, '--case');
const assignments = pairs(values.assign, '--assign');
const declaredCounts = Object.fromEntries(
  Object.entries(pairs(values.count, '--count')).map(([k, v]) => {
    const m = /^(\d+)\/(\d+)\/(\d+)$/.exec(v);
    if (!m) fail(`--count ${k}: cần dạng bản-chính/bản-chứng-thực/bản-photo, ví dụ 1/0/0`);
    return [k, { original: Number(m[1]), certified: Number(m[2]), photocopy: Number(m[3]) }];
  }),
);
if (values.received && !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(values.received)) fail('--received cần dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm.');

const catalogues = [defaultCatalogue];
for (const path of values.catalogue) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`Không đọc được danh mục "${path}": ${(e as Error).message}`);
  }
  const parsed = ProcedurePack.safeParse(json);
  if (!parsed.success) fail(`Danh mục "${path}" không hợp lệ: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  catalogues.push(parsed.data);
}

// Folders are walked (sorted, hidden files skipped); every file is part of the dossier.
const files: { name: string; bytes: Uint8Array }[] = [];
for (const p of positionals) {
  if (!existsSync(p)) fail(`Không có tệp hoặc thư mục "${p}".`);
  if (statSync(p).isDirectory()) {
    for (const f of walk(p)) files.push({ name: relative(p, f), bytes: new Uint8Array(readFileSync(f)) });
  } else files.push({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) });
}
function walk(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

// Answers and assignments are checked against the procedure before anything is read.
const inForce = procedureInForce(catalogues, values.procedure, values.received ?? new Date());
if (inForce) {
  const problems = answerProblems(inForce.procedure, caseAnswers, assignments);
  if (problems.length) fail(problems.join('\n'));
}

process.stderr.write(`Đang kiểm tra ${files.length} tệp theo thủ tục ${values.procedure}…\n`);
const result = await checkDossierDetailed({
  procedure: values.procedure,
  catalogues,
  caseAnswers,
  files,
  assignments,
  declaredCounts,
  // A local (Việt Nam) reception date/time; the date selects the catalogue in force.
  receivedAt: values.received ? `${values.received.length === 10 ? `${values.received}T08:00` : values.received}:00+07:00` : undefined,
  label: positionals.length === 1 ? basename(positionals[0]) : undefined,
  // The first PDF also loads pdf.js; on a busy machine that alone can take seconds.
  readOptions: { limits: { timeMs: 30_000 } },
});

if (values.mau02 && result.procedure) {
  const other = supplementFormInstead(result.procedure);
  if (other) process.stderr.write(`Lưu ý: thủ tục ${result.procedure.code} dùng ${other}; Mẫu 02 vẫn được ghi để tham khảo danh sách cần bổ sung.\n`);
  writeFileSync(values.mau02, await makeMau02(result));
  process.stderr.write(`Đã ghi Mẫu 02 vào ${values.mau02}\n`);
}

if (values.json) process.stdout.write(JSON.stringify(result.report, null, 2) + '\n');
else process.stdout.write(readable(result));

if (!result.procedure) process.exit(2);
process.exit(result.report.summary.errors > 0 ? 1 : 0);

function readable(r: DossierResult): string {
  const out: string[] = [];
  const rep = r.report;
  if (!r.procedure) {
    for (const f of rep.findings) out.push(`✗ ${f.message}`);
    return out.join('\n') + '\n';
  }
  out.push(`Hồ sơ: ${rep.file}`);
  out.push(`Thủ tục: ${r.procedure.code} — ${r.procedure.name} (${r.procedure.agency})`);
  out.push(`Trường hợp: ${r.caseName}; danh mục ${rep.ruleSet.id} ${rep.ruleSet.version}`);
  const answered = r.procedure.questions.map((q) => `  ${q.label} ${q.options.find((o) => o.value === r.answers[q.key])?.label ?? r.answers[q.key]}   (--case ${q.key}=${r.answers[q.key]}; có thể: ${q.options.map((o) => o.value).join(', ')})`);
  if (answered.length) out.push('Điều kiện:', ...answered);
  out.push('');
  const group = (title: string, ids: string[]) => {
    const fs = rep.findings.filter((f) => ids.includes(f.ruleId));
    if (fs.length === 0) return;
    out.push(`${title} (${fs.length}):`);
    for (const f of fs) out.push(`  ${mark(f)} ${f.message}${f.legalRef ? `\n      Căn cứ: ${f.legalRef}` : ''}`);
  };
  group('THIẾU', ['tthc.component.missing']);
  group('THỪA / KHÔNG ĐƯỢC YÊU CẦU', ['tthc.component.excess', 'tthc.component.outdated', 'tthc.component.present-only']);
  group('CHƯA ĐIỀN / SAI DẠNG', ['tthc.field.empty', 'form.placeholder', 'form.field.format']);
  group('TỆP KHÔNG ĐỌC ĐƯỢC', ['tthc.file.unreadable']);
  group('KHÁC', ['tthc.component.count', 'tthc.procedure.unknown']);
  if (rep.findings.length === 0) out.push('✓ Hồ sơ đủ thành phần, tờ khai đã điền đủ.');
  out.push('');
  out.push('Thành phần hồ sơ:');
  for (const c of r.components) {
    if (c.need === 'not-needed' && c.files.length === 0) continue;
    const state = c.files.length ? `✓ ${c.files.join(', ')}` : c.missing ? '✗ thiếu' : c.satisfiedByAnswers ? '✓ không cần tệp' : c.role === 'present' ? '– xuất trình' : '–';
    out.push(`  ${c.name}\n      ${needLabel(c.need)}: ${state}`);
  }
  out.push('');
  out.push('Tệp:');
  for (const f of r.files) {
    const to = f.assignedTo ? (r.components.find((c) => c.id === f.assignedTo)?.name ?? f.assignedTo) : 'không khớp thành phần nào';
    out.push(`  ${f.name} → ${to} (${byLabel(f.by)}, độ tin cậy ${Math.round(f.confidence * 100)}%)`);
  }
  const s = rep.summary;
  out.push('');
  out.push(`Tổng: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.needsReview} cần xem lại; ${Math.round(rep.elapsedMs)} ms.`);
  return out.join('\n') + '\n';
}
function mark(f: Finding): string {
  return f.status === 'needs_review' ? '?' : f.severity === 'error' ? '✗' : '!';
}
function needLabel(n: string): string {
  return ({ required: 'bắt buộc', conditional: 'bắt buộc theo điều kiện', 'one-of': 'bắt buộc (một trong các mẫu)', optional: 'không bắt buộc', 'present-only': 'xuất trình', 'not-needed': 'không cần trong trường hợp này' } as Record<string, string>)[n] ?? n;
}
function byLabel(b: string): string {
  return ({ assigned: 'cán bộ gán', title: 'theo tiêu đề', pattern: 'theo nội dung', 'file-name': 'theo tên tệp', 'any-document': 'giấy tờ bất kỳ', none: 'không nhận diện được' } as Record<string, string>)[b] ?? b;
}
