// Small DOM helpers shared by the adapters (kept tiny: they run in the portal content script).

export const txt = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A label without its required marker ("Họ và tên *", "(*) Số CCCD"). */
export const cleanLabel = (s: string): string => s.replace(/\(\*\)|\*/g, '').replace(/\s+/g, ' ').replace(/[:\s]+$/, '').trim();

export const hasStar = (s: string): boolean => /\*/.test(s);

const FILE_RE = /[^\s/\\:"'<>|]+\.(?:pdf|docx?|jpe?g|png|zip|rar|tiff?|xlsx?)\b/gi;

/** File names shown in a row (the only reliable proof of an upload, dossier.md §0.10) or chosen in its inputs. */
export function filesIn(el: Element): string[] {
  const names = new Set<string>();
  for (const input of el.querySelectorAll('input[type=file]')) for (const f of (input as HTMLInputElement).files ?? []) names.add(f.name);
  // Template links ("Mẫu TK.docx") are not uploads.
  const clone = el.cloneNode(true) as Element;
  for (const a of clone.querySelectorAll('a[href], button, select, option, script, style')) a.remove();
  for (const m of (clone.textContent ?? '').matchAll(FILE_RE)) names.add(m[0]);
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
  const clone = el.cloneNode(true) as Element;
  for (const x of clone.querySelectorAll('button, input, select, textarea, a, script, style')) x.remove();
  return txt(clone);
}
