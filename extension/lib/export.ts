// Exports of one report: JSON (the report as is), CSV (one row per finding) and a printable page.
import type { Report } from '../../rules/report.ts';
import { toCsv } from './csv.ts';
import { componentName, strings, type Lang } from './i18n.ts';
import { bucketOf, countFindings, groupFindings, placeText, type Mutes } from './report-view.ts';

export function reportJson(report: Report, mutes: Mutes = {}): string {
  // Muted rules stay in the file, marked with the user's reason: the export must not hide anything.
  return JSON.stringify(Object.keys(mutes).length ? { ...report, muted: mutes } : report, null, 2);
}

const CSV_HEAD: Record<Lang, string[]> = {
  vi: ['Tệp', 'Mã quy tắc', 'Mức độ', 'Thành phần', 'Vị trí', 'Nội dung', 'Quy định', 'Thực tế', 'Căn cứ', 'Cách sửa', 'Bỏ qua (lý do)'],
  en: ['File', 'Rule id', 'Level', 'Component', 'Place', 'Message', 'Expected', 'Found', 'Legal basis', 'How to fix', 'Ignored (reason)'],
};

export function bucketName(b: ReturnType<typeof bucketOf>, lang: Lang): string {
  const s = strings[lang];
  return { error: s.errors, warning: s.warnings, info: s.info, review: s.review }[b];
}

export function reportCsv(report: Report, mutes: Mutes = {}, lang: Lang = 'vi'): string {
  const s = strings[lang];
  const rows: unknown[][] = [CSV_HEAD[lang]];
  // Same order as the screen: grouped by component, document order; muted rules included and marked.
  for (const g of groupFindings(report)) {
    for (const { finding: f, bucket } of g.items) {
      rows.push([
        report.file,
        f.ruleId,
        bucketName(bucket, lang),
        componentName(f.component, lang),
        placeText(f, s),
        f.message,
        f.expected ?? '',
        f.found ?? '',
        f.legalRef ?? '',
        f.fix ?? '',
        mutes[f.ruleId] ?? '',
      ]);
    }
  }
  return toCsv(rows);
}

const esc = (v: unknown) =>
  String(v ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A standalone HTML page to print (or save as PDF) from the browser. */
export function reportPrintHtml(report: Report, mutes: Mutes = {}, lang: Lang = 'vi'): string {
  const s = strings[lang];
  const c = countFindings(report, mutes);
  const title = lang === 'vi' ? 'Kết quả kiểm tra thể thức văn bản' : 'Document format check report';
  const groups = groupFindings(report, { mutes });
  const body = groups
    .map(
      (g) => `<h2>${esc(componentName(g.component, lang))}</h2><table><thead><tr><th>${esc(lang === 'vi' ? 'Mức độ' : 'Level')}</th><th>${esc(lang === 'vi' ? 'Vị trí' : 'Place')}</th><th>${esc(lang === 'vi' ? 'Nội dung' : 'Message')}</th><th>${esc(s.expected)}</th><th>${esc(s.found)}</th><th>${esc(s.legalRef)}</th><th>${esc(s.fix)}</th></tr></thead><tbody>${g.items
        .map(
          ({ finding: f, bucket }) =>
            `<tr class="${bucket}"><td>${esc(bucketName(bucket, lang))}</td><td>${esc(placeText(f, s))}</td><td>${esc(f.message)}<br><small>${esc(f.ruleId)}</small></td><td>${esc(f.expected)}</td><td>${esc(f.found)}</td><td>${esc(f.legalRef)}</td><td>${esc(f.fix)}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    )
    .join('\n');
  const mutedList = Object.entries(mutes)
    .map(([id, why]) => `<li><code>${esc(id)}</code>: ${esc(why)}</li>`)
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)} – ${esc(report.file)}</title>
<style>body{font-family:"Times New Roman",serif;font-size:13pt;margin:15mm}table{border-collapse:collapse;width:100%;margin-bottom:8mm}th,td{border:1px solid #999;padding:2mm;vertical-align:top;font-size:11pt}th{background:#eee}tr.error td:first-child{color:#b00020;font-weight:bold}h1{font-size:16pt}h2{font-size:14pt}@media print{.hint{display:none}}</style></head>
<body><h1>${esc(title)}</h1>
<p><b>${esc(lang === 'vi' ? 'Tệp' : 'File')}:</b> ${esc(report.file)}<br>
<b>${esc(s.docType)}:</b> ${esc(report.docType ? `${report.docType.name} (${report.docType.code})` : s.docTypeUnknown)}<br>
<b>${esc(s.pack)}:</b> ${esc(report.ruleSet.id)} ${esc(report.ruleSet.version)}${report.ruleSet.mode === 'observe' ? ' (observe)' : ''}<br>
<b>SHA-256:</b> <code>${esc(report.sha256)}</code></p>
<p class="summary">${esc(s.errors)}: <b>${c.error}</b> · ${esc(s.warnings)}: <b>${c.warning}</b> · ${esc(s.review)}: <b>${c.review}</b> · ${esc(s.info)}: <b>${c.info}</b></p>
${groups.length ? body : `<p>${esc(s.noFindings)}</p>`}
${mutedList ? `<h2>${esc(s.muted)}</h2><ul>${mutedList}</ul>` : ''}
<p class="hint">${esc(lang === 'vi' ? 'Nhấn Ctrl+P để in hoặc lưu thành PDF.' : 'Press Ctrl+P to print or save as PDF.')}</p>
</body></html>`;
}
