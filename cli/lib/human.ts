// The readable Vietnamese report of the command line: one block per file, then a summary table.
import type { Finding, Report } from '../../rules/report.ts';

const SEV: Record<Finding['severity'], string> = { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' };

function place(f: Finding): string {
  const l = f.location;
  if (!l) return '';
  const parts: string[] = [];
  if (l.page) parts.push(`trang ${l.page}`);
  if (l.paragraph !== undefined) parts.push(`đoạn ${l.paragraph + 1}`);
  else if (l.section !== undefined) parts.push(`phần ${l.section + 1}`);
  return parts.join(', ');
}

export function fileBlock(r: Report): string {
  const lines: string[] = [];
  const type = r.docType ? `${r.docType.name} (${r.docType.code})` : 'chưa rõ loại văn bản';
  const pages = r.pages ? `, ${r.pages} trang` : '';
  lines.push(`\n■ ${r.file} — ${type}, ${r.format}${pages}`);
  for (const f of r.findings) {
    const mark = f.status === 'fail' ? '✗' : '?';
    const label = f.status === 'fail' ? SEV[f.severity] : `cần xem (${SEV[f.severity]})`;
    const where = [place(f), f.location?.text ? `“${f.location.text}”` : ''].filter(Boolean).join(' ');
    lines.push(`  ${mark} [${label}] ${f.message}`);
    lines.push(`      ${f.ruleId}${where ? ` · ${where}` : ''}${f.legalRef ? ` · ${f.legalRef}` : ''}`);
    if (f.fix && f.status === 'fail') lines.push(`      Cách sửa: ${f.fix}`);
  }
  if (!r.findings.length) lines.push('  ✓ Không phát hiện sai sót.');
  const s = r.summary;
  lines.push(`  Tổng: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.info} thông tin, ${s.needsReview} cần xem, ${s.passed} đạt, ${s.notApplicable} không áp dụng (${r.elapsedMs} ms)`);
  return lines.join('\n');
}

export function summaryTable(reports: Report[]): string {
  const head = ['Tệp', 'Loại', 'Lỗi', 'Cảnh báo', 'Thông tin', 'Cần xem', 'Đạt'];
  const rows = reports.map((r) => [r.file, r.docType?.code ?? '—', r.summary.errors, r.summary.warnings, r.summary.info, r.summary.needsReview, r.summary.passed].map(String));
  const total = ['Cộng', '', ...[2, 3, 4, 5, 6].map((k) => String(rows.reduce((a, r) => a + Number(r[k]), 0)))];
  const all = [head, ...rows, total];
  const w = head.map((_, k) => Math.min(60, Math.max(...all.map((r) => [...r[k]].length))));
  const fmt = (r: string[]) => r.map((c, k) => (k < 2 ? clip(c, w[k]).padEnd(w[k]) : c.padStart(w[k]))).join('  ');
  const rule = w.map((x) => '─'.repeat(x)).join('  ');
  return ['\nTổng hợp', fmt(head), rule, ...rows.map(fmt), rule, fmt(total)].join('\n');
}

function clip(s: string, n: number) {
  return [...s].length > n ? '…' + [...s].slice(-(n - 1)).join('') : s;
}
