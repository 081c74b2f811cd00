// npm run audit:register -- [--json] [--calendar <file>] [--paper <file>] [--mapping <file>]
//                            [--save-mapping <file>] [--catalogue <pack.json>] [--now <YYYY-MM-DDTHH:mm>] <export.csv|xlsx|json>
// Audits a one-stop register export: late dossiers, missing apology letters and control slips,
// dossiers not entered in the software. Nothing is uploaded. Exit 0 = audited, 1 = error findings, 2 = bad usage.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { auditRegister, type RegisterAudit } from '../rules/register/audit.ts';
import { CalendarData, WorkCalendar } from '../rules/register/calendar.ts';
import { ColumnMapping } from '../rules/register/mapping.ts';
import { parseRegisterDate } from '../rules/register/dates.ts';
import { defaultCatalogue, ProcedurePack } from '../rules/dossier/index.ts';

const USAGE = `Cách dùng: npm run audit:register -- [--json] [--calendar lich.json] [--paper so-giay.csv] [--mapping ghep-cot.json] [--save-mapping ghep-cot.json] [--catalogue danh-muc.json] [--now 2026-03-10T17:00] <tệp xuất .csv|.xlsx|.json>`;

function fail(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`Không đọc được ${what} "${path}": ${(e as Error).message}`);
  }
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      calendar: { type: 'string' },
      paper: { type: 'string' },
      mapping: { type: 'string' },
      'save-mapping': { type: 'string' },
      catalogue: { type: 'string' },
      now: { type: 'string' },
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
if (positionals.length !== 1) fail('Cần đúng một tệp xuất sổ theo dõi hồ sơ.');
const file = positionals[0];
if (!existsSync(file)) fail(`Không có tệp "${file}".`);

const calParsed = CalendarData.safeParse(values.calendar ? readJson(values.calendar, 'lịch làm việc') : {});
if (!calParsed.success) fail(`Lịch làm việc không hợp lệ: ${calParsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
const mapping = values.mapping && existsSync(values.mapping) ? ColumnMapping.safeParse(readJson(values.mapping, 'bảng ghép cột')) : null;
if (mapping && !mapping.success) fail(`Bảng ghép cột không hợp lệ: ${mapping.error.issues.map((i) => i.message).join('; ')}`);
const catalogues = [defaultCatalogue];
if (values.catalogue) {
  const c = ProcedurePack.safeParse(readJson(values.catalogue, 'danh mục thủ tục'));
  if (!c.success) fail(`Danh mục thủ tục không hợp lệ: ${c.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  catalogues.push(c.data);
}
let now: number | undefined;
if (values.now) {
  const p = parseRegisterDate(values.now);
  if (!p.ok || p.value === null) fail(`--now không hợp lệ: ${values.now}`);
  now = p.value;
}

const audit = await auditRegister(new Uint8Array(readFileSync(file)), {
  file: basename(file),
  catalogues,
  calendar: new WorkCalendar(calParsed.data),
  mapping: mapping?.success ? mapping.data : undefined,
  paper: values.paper ? { bytes: new Uint8Array(readFileSync(values.paper)), file: basename(values.paper) } : undefined,
  now,
});
if (values['save-mapping'] && audit.mapping) writeFileSync(values['save-mapping'], JSON.stringify(audit.mapping, null, 2) + '\n');

if (values.json) process.stdout.write(JSON.stringify(audit, null, 2) + '\n');
else process.stdout.write(render(audit));
process.exit(audit.summary.errors > 0 ? 1 : 0);

function render(a: RegisterAudit): string {
  const lines: string[] = [];
  lines.push(`KIỂM TRA SỔ THEO DÕI HỒ SƠ — ${a.file}`);
  lines.push(`Dạng tệp: ${a.layoutTitle ?? a.format}; ${a.records} hồ sơ; ${a.badRows} dòng lỗi; bộ quy tắc ${a.ruleSet.id} ${a.ruleSet.version}`);
  lines.push('');
  const head = ['Tháng', 'Mã TTHC', 'Tiếp nhận', 'Đúng hạn', 'Quá hạn', 'Quá hạn không xin lỗi', 'Chưa trả', 'Không có trên phần mềm'];
  const rows = a.table.map((r) => [r.month, r.procedureCode, r.received, r.onTime, r.late, r.lateWithoutApology, r.open, r.notInSoftware].map(String));
  const total = ['Cộng', '', ...[2, 3, 4, 5, 6, 7].map((i) => String(rows.reduce((s, r) => s + Number(r[i]), 0)))];
  lines.push(...table([head, ...rows, total]));
  lines.push('');
  const fails = a.findings.filter((f) => f.status === 'fail');
  const reviews = a.findings.filter((f) => f.status === 'needs_review');
  lines.push(`Lỗi: ${a.summary.errors}, cảnh báo: ${a.summary.warnings}, cần xem lại: ${a.summary.needsReview}`);
  for (const f of fails) {
    const where = f.location?.row !== undefined ? `${f.location.file ?? ''} dòng ${f.location.row}` : f.location?.file ?? '';
    lines.push(`  [${f.severity === 'error' ? 'LỖI' : f.severity === 'warning' ? 'CẢNH BÁO' : 'GHI CHÚ'}] ${f.ruleId} — ${where}${f.location?.text ? ` (${f.location.text})` : ''}: ${f.message}`);
  }
  for (const f of reviews) lines.push(`  [XEM LẠI] ${f.ruleId}: ${f.message}`);
  return lines.join('\n') + '\n';
}

function table(rows: string[][]): string[] {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd());
}
