// What a register audit may send to the statistics: per month of reception, the counts per rule id
// (fail / needs_review) — no names, no dossier codes, no file names. One summary per month, keyed by
// a hash of the export and the month, so re-sending the same audit never counts twice.
import type { CheckSummary } from '../stats.ts';
import type { RegisterAudit } from './audit.ts';

export async function summariesFromAudit(
  audit: RegisterAudit,
  ctx: { unit: string; clientVersion: string; newId: () => string },
): Promise<CheckSummary[]> {
  const months = [...new Set(audit.table.map((r) => r.month).filter((m) => /^\d{4}-\d{2}$/.test(m)))].sort();
  if (!months.length) return [];
  const out: CheckSummary[] = [];
  for (const month of months) {
    const counts: CheckSummary['counts'] = {};
    let errors = 0;
    audit.findings.forEach((f, i) => {
      // Findings about the whole export go to the first month.
      if ((audit.findingMonths[i] ?? months[0]) !== month) return;
      const c = (counts[f.ruleId] ??= { fail: 0, needsReview: 0 });
      if (f.status === 'fail') {
        c.fail++;
        if (f.severity === 'error') errors++;
      } else c.needsReview++;
    });
    out.push({
      clientId: ctx.newId(),
      unit: ctx.unit,
      sha256: await sha256Hex(`${audit.sha256}:${month}`),
      subject: 'register',
      docType: null,
      pack: { id: audit.ruleSet.id, version: audit.ruleSet.version },
      mode: 'enforce',
      counts,
      errors,
      checkedAt: `${month}-01T00:00:00+07:00`,
      clientVersion: ctx.clientVersion,
    });
  }
  return out;
}

async function sha256Hex(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
