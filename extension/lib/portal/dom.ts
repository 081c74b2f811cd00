// Small DOM helpers shared by the adapters (kept tiny: they run in the portal content script).

/** Text pieces of an element, one per text node (cells written without spaces stay apart). */
function pieces(node: Node, skip: string, out: string[] = []): string[] {
  for (const c of node.childNodes) {
    if (c.nodeType === 3) out.push((c as Text).data);
    else if (c.nodeType === 1 && !(c as Element).matches(skip)) pieces(c, skip, out);
  }
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export const txt = (el: Element | null | undefined): string => (el ? norm(pieces(el, 'script, style').join(' ')) : '');

/** A label without its required marker ("Họ và tên *", "(*) Số CCCD"). */
export const cleanLabel = (s: string): string => s.replace(/\(\*\)|\*/g, '').replace(/\s+/g, ' ').replace(/[:\s]+$/, '').trim();

export const hasStar = (s: string): boolean => /\*/.test(s);

const FILE_RE = /[^\s/\\:"'<>|]+\.(?:pdf|docx?|jpe?g|png|zip|rar|tiff?|xlsx?)\b/gi;

/** File names shown in a row (the only reliable proof of an upload, dossier.md §0.10) or chosen in its inputs. */
export function filesIn(el: Element): string[] {
  const names = new Set<string>();
  for (const input of el.querySelectorAll('input[type=file]')) for (const f of (input as HTMLInputElement).files ?? []) names.add(f.name);
  // Template links ("Mẫu TK.docx") are not uploads; each text node on its own.
  for (const t of pieces(el, 'a[href], button, select, option, script, style')) for (const m of t.matchAll(FILE_RE)) names.add(m[0]);
  return [...names];
}

/** The value a control shows: inputs, selects, text areas, and the rendered label of custom dropdowns. */
export function valueOf(el: Element | null): string {
  if (!el) return '';
  const tag = el.tagName.toLowerCase();
  if (tag === 'input') {
    const i = el as HTMLInputElement;
    if (i.type === 'checkbox' || i.type === 'radio') return i.checked ? i.value || 'on' : '';
    return i.value ?? '';
  }
  if (tag === 'select') {
    const s = el as HTMLSelectElement;
    return s.selectedIndex >= 0 && s.options[s.selectedIndex]?.value ? txt(s.options[s.selectedIndex]) : '';
  }
  if (tag === 'textarea') return (el as HTMLTextAreaElement).value ?? '';
  return '';
}

export const FIELD_CONTROLS = 'input:not([type=file]):not([type=hidden]):not([type=button]):not([type=submit]):not([type=checkbox]):not([type=radio]), select, textarea';

/** Text of an element without the texts of its buttons and controls (a row's label). */
export function labelText(el: Element): string {
  return norm(pieces(el, 'button, input, select, textarea, a, script, style').map((t) => t.replace(FILE_RE, ' ')).join(' '));
}

/** A component row's label: its longest cell that is not a number or a copy kind, else its whole text. */
export function rowLabel(row: Element): string {
  const cells = [...row.querySelectorAll('td, th, mat-cell')].map(labelText).filter((t) => t && !/^\d+[.)]?$/.test(t) && !/^bản (chính|sao|photo)$/i.test(t));
  const best = cells.sort((a, b) => b.length - a.length)[0] ?? labelText(row);
  return best.replace(/^\d+[.)]?\s+/, '');
}
