// Scraped page → the in-page summary: procedure from the URL (else the page text), the same
// tthc.* / form.* rules as a dossier folder (checkPortalForm), findings sorted into the overlay's
// sections with the handle of the row or field each one is about. Runs in the service worker.
import { checkPortalForm, procedureFromUrl, proceduresFromText } from '../../../rules/dossier/portal.ts';
import { defaultCatalogue, procedureInForce } from '../../../rules/dossier/index.ts';
import type { OverlayItem, OverlaySection, PortalMessage, PortalOutcome } from './types.ts';

const SECTION: Record<string, OverlaySection> = {
  'tthc.component.missing': 'missing',
  'tthc.component.count': 'missing',
  'tthc.field.empty': 'fields',
  'form.field.format': 'fields',
  'tthc.component.excess': 'extra',
  'tthc.component.outdated': 'extra',
  'tthc.component.present-only': 'extra',
};

export async function portalOutcome(m: PortalMessage): Promise<PortalOutcome> {
  const { scraped } = m;
  const fromUrl = procedureFromUrl(m.url);
  let procedure: PortalOutcome['procedure'] = null;
  const inForce = fromUrl ? procedureInForce([defaultCatalogue], fromUrl) : null;
  if (inForce) procedure = { code: fromUrl!, name: inForce.procedure.name, from: 'url' };
  else {
    const guess = proceduresFromText(m.text)[0];
    if (guess) procedure = { code: guess.code, name: guess.name, from: 'text' };
  }
  const base = { family: scraped.family, mode: scraped.mode, rows: scraped.rows.length, fields: scraped.fields.length };
  if (!procedure) return { ...base, procedure: fromUrl ? { code: fromUrl, name: '', from: 'url' } : null, items: [] };

  const { report, rows } = await checkPortalForm({ procedure: procedure.code, rows: scraped.rows, fields: scraped.fields });
  const items: OverlayItem[] = report.findings.map((f) => {
    const field = f.location?.field;
    const file = f.location?.file;
    // A missing component points at the row the page has for it; a file at the row showing it.
    let ref = field && field.startsWith('nd30-') ? field : undefined;
    if (!ref && field) ref = rows.find((r) => r.matched === field)?.ref;
    if (!ref && file) ref = scraped.rows.find((r) => r.files.includes(file) || file.startsWith(r.label))?.ref;
    return { section: SECTION[f.ruleId] ?? 'other', ruleId: f.ruleId, message: f.message, legalRef: f.legalRef, ref };
  });
  return { ...base, procedure, items };
}

/**
 * Whether the page gets an overlay: a procedure code in the URL, or component rows plus a procedure
 * named in the text. A login or search form with a required field on some *.gov.vn page gets none.
 */
export function shouldShow(o: PortalOutcome): boolean {
  if (!o.procedure) return false;
  return o.procedure.from === 'url' || o.rows > 0;
}
