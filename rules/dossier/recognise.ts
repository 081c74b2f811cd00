// Which component is this file? By content first (the title lines of a tờ khai, "GIẤY CHỨNG
// SINH"…), then patterns in the text, and the file name only as a fallback. The clerk's explicit
// assignment always wins.
import type { Recognisers } from './catalogue.ts';
import type { FileRead } from './read.ts';
import { fold } from './text.ts';

export interface Candidate {
  kind: 'component' | 'outdated';
  id: string;
  name: string;
  recognisers: Recognisers;
}

export type RecognisedBy = 'assigned' | 'title' | 'pattern' | 'file-name' | 'any-document' | 'none';

export interface Recognition {
  target: { kind: 'component' | 'outdated'; id: string } | null;
  confidence: number;
  by: RecognisedBy;
  /** What matched (the title line, the pattern, the file name word). */
  evidence?: string;
}

/** Lines read as the head of the document: where the title of a form sits. */
const HEAD_LINES = 30;

interface Compiled {
  titles: { t: string; head: RegExp; any: RegExp }[];
  patterns: RegExp[];
  notTitles: RegExp[];
}
const compiled = new WeakMap<Recognisers, Compiled>();

/** Regular expressions of a recogniser, built once per catalogue object. */
function compile(r: Recognisers): Compiled {
  let c = compiled.get(r);
  if (!c) {
    const src = (t: string) => fold(t).replace(/ /g, '[\\s\\n]+');
    c = {
      titles: r.titles.map((t) => ({ t, head: new RegExp(`(^|\\n)${src(t)}`), any: new RegExp(src(t)) })),
      patterns: r.patterns.map((p) => new RegExp(p, 'iu')),
      notTitles: r.notTitles.map((t) => new RegExp(`(^|\\n)${src(t)}`)),
    };
    compiled.set(r, c);
  }
  return c;
}

export function recognise(file: FileRead, candidates: Candidate[], assigned?: string): Recognition {
  if (assigned !== undefined) {
    if (assigned === '' || assigned === 'excess') return { target: null, confidence: 1, by: 'assigned' };
    const c = candidates.find((x) => x.id === assigned);
    if (c) return { target: { kind: c.kind, id: c.id }, confidence: 1, by: 'assigned' };
  }
  const folded = file.lines.map(fold);
  const head = folded.slice(0, HEAD_LINES).join('\n');
  const all = folded.join('\n');
  let best: Recognition & { weight: number } = { target: null, confidence: 0, by: 'none', weight: 0 };
  const offer = (c: Candidate, confidence: number, by: RecognisedBy, evidence: string) => {
    const weight = confidence * 1000 + evidence.length;
    if (weight > best.weight) best = { target: { kind: c.kind, id: c.id }, confidence, by, evidence, weight };
  };
  const text = file.lines.join('\n');
  for (const c of candidates) {
    const k = compile(c.recognisers);
    for (const { t, head: atStart, any } of k.titles) {
      if (atStart.test(head)) offer(c, 0.95, 'title', t);
      else if (atStart.test(all)) offer(c, 0.85, 'title', t);
      else if (any.test(head)) offer(c, 0.6, 'title', t);
    }
    for (const p of k.patterns) {
      const m = p.exec(text);
      if (m) offer(c, 0.7, 'pattern', m[0]);
    }
  }
  if (best.target) return strip(best);
  const fname = fold(file.name.replace(/\.[^.]+$/, ''));
  for (const c of candidates) {
    for (const w of [...c.recognisers.fileNames, ...c.recognisers.titles]) {
      const fw = fold(w);
      if (fw.length >= 2 && (` ${fname} `).includes(` ${fw} `)) offer(c, 0.4, 'file-name', w);
    }
  }
  if (best.target) return strip(best);
  // The catch-all component (the paper to certify, the paper to sign) takes any other document,
  // but never the request forms it lists in notTitles: those are the "nhận thừa" to report.
  const catchAll = candidates.find((c) => c.kind === 'component' && c.recognisers.anyDocument);
  const refused = catchAll ? compile(catchAll.recognisers).notTitles.some((re) => re.test(head)) : false;
  if (catchAll && (file.ok || file.kind === 'image') && !refused) {
    return { target: { kind: 'component', id: catchAll.id }, confidence: 0.3, by: 'any-document' };
  }
  return { target: null, confidence: file.ok && !file.imageOnly ? 0.8 : 0.2, by: 'none' };
}

function strip(r: Recognition & { weight: number }): Recognition {
  const { weight: _w, ...rest } = r;
  return rest;
}
