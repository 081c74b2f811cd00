// Turn the raw runs of one paragraph into model spans: effective formatting per run, hidden
// text dropped, text split by font slot, neighbours with identical formatting merged, and
// underlined blanks (spaces/tabs/underscores) reported as rule lines.
import type { Span } from '../../model.ts';
import type { RunProps } from './props.ts';
import type { EffectiveRun, Slot } from './resolve.ts';
import { round } from './units.ts';

export interface RawRun {
  text: string;
  props: RunProps;
  field?: string;
}

// Characters that draw a line when repeated: underscore, box-drawing horizontals, em dash.
const BLANK = /^[ \t\u00a0_\u2500\u2501\u2014]+$/;
/** Advance width in em of the line-drawing characters (Times New Roman / fallback fonts). */
const WIDTH_EM: Record<number, number> = { 0x5f: 0.5, 0x2500: 0.6, 0x2501: 0.6, 0x2014: 1, 0x20: 0.25, 0xa0: 0.25 };
const PT_TO_MM = 25.4 / 72;

export function buildSpans(
  runs: RawRun[],
  effOf: (p: RunProps) => EffectiveRun,
  split: (text: string, e: EffectiveRun) => { text: string; slot: Slot }[],
  labelEff: (p: RunProps) => EffectiveRun,
  labelRun: RawRun | undefined,
): { spans: Span[]; lineSpans: { lengthMm: number | null }[] } {
  const spans: Span[] = [];
  const lineSpans: { lengthMm: number | null }[] = [];
  const cache = new Map<RunProps, EffectiveRun>();
  let blank: { lengthMm: number | null; underlined: boolean; underscores: number } | null = null;
  const flushBlank = (): void => {
    if (blank && (blank.underlined || blank.underscores >= 3)) lineSpans.push({ lengthMm: blank.lengthMm === null ? null : round(blank.lengthMm, 1) });
    blank = null;
  };

  for (const raw of runs) {
    let e = cache.get(raw.props);
    if (!e) {
      e = raw === labelRun ? labelEff(raw.props) : effOf(raw.props);
      cache.set(raw.props, e);
    }
    if (e.vanish) continue;
    const text = raw.text;
    if (raw !== labelRun && text && BLANK.test(text)) {
      let len: number | null = 0;
      let underscores = 0;
      for (let k = 0; k < text.length; k++) {
        const ch = text.charCodeAt(k);
        if (ch === 9) len = null;
        else if (ch !== 0x20 && ch !== 0xa0) underscores++;
        if (len !== null) len += (WIDTH_EM[ch] ?? 0.5) * e.sz * PT_TO_MM;
      }
      if (!blank) blank = { lengthMm: 0, underlined: false, underscores: 0 };
      blank.lengthMm = blank.lengthMm === null || len === null ? null : blank.lengthMm + len;
      blank.underscores += underscores;
      if (e.u) blank.underlined = true;
      else if (!underscores) flushBlank(); // plain spaces end an underlined stretch
    } else if (text) flushBlank();

    const pieces = text === '' ? [{ text: '', slot: 'hAnsi' as Slot }] : split(text, e);
    for (const piece of pieces) {
      const cs = piece.slot === 'cs';
      const s: Span = {
        text: piece.text,
        font: e.fonts[piece.slot],
        sizePt: cs ? e.szCs : e.sz,
        bold: cs ? e.bCs : e.b,
        italic: cs ? e.iCs : e.i,
        underline: e.u,
        caps: e.caps,
        color: e.color,
      };
      if (e.smallCaps) s.smallCaps = true;
      if (raw.field) s.field = raw.field;
      const prev = spans[spans.length - 1];
      if (
        prev &&
        prev.font === s.font &&
        prev.sizePt === s.sizePt &&
        prev.bold === s.bold &&
        prev.italic === s.italic &&
        prev.underline === s.underline &&
        prev.caps === s.caps &&
        prev.color === s.color &&
        prev.smallCaps === s.smallCaps &&
        prev.field === s.field &&
        s.text !== '' &&
        prev.text !== ''
      ) {
        prev.text += s.text;
      } else spans.push(s);
    }
  }
  flushBlank();
  return { spans, lineSpans };
}
