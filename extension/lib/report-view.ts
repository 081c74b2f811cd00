// What the result view shows: findings grouped by component in document order, filtered by
// severity, with rules muted for this document left out of the counts. Pure functions.
import type { Finding, Report } from '../../rules/report.ts';

/** The filter buckets a clerk sees: needs_review is its own bucket whatever its severity. */
export type Bucket = 'error' | 'warning' | 'info' | 'review';
export const BUCKETS: Bucket[] = ['error', 'warning', 'info', 'review'];

export function bucketOf(f: Finding): Bucket {
  return f.status === 'needs_review' ? 'review' : f.severity;
}

/** ruleId → reason the user gave for ignoring it on this document. */
export type Mutes = Record<string, string>;

export interface Item {
  /** Index in report.findings: stable key for highlights and scrolling. */
  index: number;
  finding: Finding;
  bucket: Bucket;
}

export interface Group {
  component: string;
  items: Item[];
}

// Components with no place in the text come first, in this order; the rest follow the document.
const LEADING = ['input', 'scope', 'page', 'font', 'text'];

/** Sort key of a finding's place: page, then paragraph, then top of its box. */
export function placeKey(f: Finding): [number, number, number] {
  const l = f.location;
  return [l?.page ?? 0, l?.paragraph ?? -1, l?.bbox?.[1] ?? -1];
}

function hasPlace(f: Finding): boolean {
  const l = f.location;
  return !!l && (l.page !== undefined || l.paragraph !== undefined || l.bbox !== undefined);
}

function cmpKey(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export interface ViewOptions {
  show?: Partial<Record<Bucket, boolean>>;
  mutes?: Mutes;
}

export function groupFindings(report: Report, opts: ViewOptions = {}): Group[] {
  const show = { error: true, warning: true, info: true, review: true, ...(opts.show ?? {}) };
  const mutes = opts.mutes ?? {};
  const items: Item[] = report.findings
    .map((finding, index) => ({ index, finding, bucket: bucketOf(finding) }))
    .filter((it) => show[it.bucket] && !(it.finding.ruleId in mutes));
  const byComp = new Map<string, Item[]>();
  for (const it of items) {
    const list = byComp.get(it.finding.component) ?? [];
    list.push(it);
    byComp.set(it.finding.component, list);
  }
  const groups: (Group & { first: [number, number, number]; lead: number })[] = [];
  for (const [component, list] of byComp) {
    // Stable sort: findings without a place keep report order at the top of their group.
    list.sort((a, b) => cmpKey(placeKey(a.finding), placeKey(b.finding)) || a.index - b.index);
    const placed = list.filter((it) => hasPlace(it.finding));
    const first = placed.length ? placeKey(placed[0]!.finding) : ([Infinity, Infinity, Infinity] as [number, number, number]);
    const li = LEADING.indexOf(component);
    groups.push({ component, items: list, first, lead: li < 0 ? LEADING.length : li });
  }
  groups.sort((a, b) => a.lead - b.lead || cmpKey(a.first, b.first) || a.items[0]!.index - b.items[0]!.index);
  return groups.map(({ component, items }) => ({ component, items }));
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  review: number;
}

/** Counts after muting: what the summary line shows. Observe-mode packs never show errors. */
export function countFindings(report: Report, mutes: Mutes = {}): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, review: 0 };
  for (const f of report.findings) if (!(f.ruleId in mutes)) c[bucketOf(f)]++;
  return c;
}

/** Rules that have findings in this report, with how many: for the mute list and batch totals. */
export function ruleCounts(report: Report): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of report.findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

/** Human place text: "Trang 2" / "Đoạn 13" (1-based for people). */
export function placeText(f: Finding, words: { page: string; paragraph: string }): string {
  const l = f.location;
  if (!l) return '';
  const parts: string[] = [];
  if (l.page !== undefined) parts.push(`${words.page} ${l.page}`);
  if (l.paragraph !== undefined) parts.push(`${words.paragraph} ${l.paragraph + 1}`);
  if (l.file) parts.push(l.file);
  return parts.join(', ');
}
