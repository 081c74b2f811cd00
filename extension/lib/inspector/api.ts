// Inspector pages' calls to the edge functions (same token and server as the side panel).
// Types mirror functions/repo/stats.ts and functions/repo/inspections.ts (the API contract).
import type { Pack } from '../../../rules/pack.ts';

export type Dim = 'unit' | 'rule' | 'docType' | 'month' | 'pack' | 'packVersion';
export type StatsRow = Partial<Record<Dim, string | null>> &
  ({ suppressed: false; documents: number; documentsWithError: number; errorShare: number; fail?: number; needsReview?: number } | { suppressed: true });
export interface StatsAnswer {
  groupBy: Dim[];
  minCell: number;
  rows: StatsRow[];
}
export interface Me {
  tokenId: string;
  role: 'clerk' | 'inspector' | 'legal-editor' | 'admin';
  unit: string;
  label: string;
  units: string[];
}
export interface Unit {
  id: string;
  parent: string | null;
  name: string;
}
export interface Filters {
  unit: string;
  from?: string; // YYYY-MM
  to?: string;
  docType?: string;
  rule?: string;
  mode?: 'enforce' | 'observe';
  /** Rule pack id and version of the documents' last check. */
  pack?: string;
  packVersion?: string;
}
/** GET /stats/dashboard: every dashboard figure in one answer (functions/repo/stats.ts DASHBOARD_PARTS). */
export interface DashboardAnswer {
  minCell: number;
  overall: Omit<StatsAnswer, 'minCell'>;
  byRule: Omit<StatsAnswer, 'minCell'>;
  trend: Omit<StatsAnswer, 'minCell'>;
  byUnit: Omit<StatsAnswer, 'minCell'>;
  unitRule: Omit<StatsAnswer, 'minCell'>;
  packVersions: Omit<StatsAnswer, 'minCell'>;
}
export const CHECKLIST = ['signingAuthority', 'seal', 'recipients', 'content'] as const;
export type ChecklistItem = (typeof CHECKLIST)[number];
export type Verdict = Record<ChecklistItem, { ok: boolean; note?: string }> & { note?: string };
export interface InspectionHead {
  id: string;
  title: string;
  unit: string;
  from: string;
  to: string;
  size: number;
  seed: string;
  population: number;
  createdBy: string;
  createdAt: string;
}
export interface InspectionItem {
  pos: number;
  unit: string;
  sha256: string;
  machine: { docType: string | null; checkedAt: string; pack: { id: string; version: string }; mode: string; errors: number; counts: Record<string, { fail: number; needsReview: number }> };
  verdict: Verdict | null;
  verdictBy: string | null;
  verdictAt: string | null;
}
export interface InspectionSummary {
  inspection: InspectionHead;
  sampled: number;
  reviewed: number;
  pending: number;
  machine: { documentsWithError: number; rules: Record<string, { documents: number; fail: number; needsReview: number }> };
  manual: { documentsWithProblem: number; checklist: Record<ChecklistItem, { ok: number; notOk: number }> };
  agreement: { both: number; machineOnly: number; manualOnly: number; neither: number };
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class InspectorApi {
  constructor(
    readonly server: string,
    readonly token: string,
    private readonly f: typeof fetch = (...a) => fetch(...a),
  ) {}

  private async call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await this.f(`${this.server}/v1${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.token}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers ?? {}) },
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new ApiFailure(res.status, body?.error?.message ?? `Máy chủ trả lỗi HTTP ${res.status}`);
    }
    return (await res.json()) as T;
  }

  me = () => this.call<Me>('/me');
  units = async () => (await this.call<{ units: Unit[] }>('/units')).units;
  stats = (f: Filters, groupBy: Dim[]) => this.call<StatsAnswer>(`/stats?${statsQuery(f, groupBy)}`);
  trend = (f: Filters) => this.call<StatsAnswer>(`/stats/trend?${statsQuery(f, [])}`);
  /** `top`: the unit × rule part only for the rules the table shows (the server ranks them as rankRules does). */
  dashboard = (f: Filters, top?: number) => this.call<DashboardAnswer>(`/stats/dashboard?${statsQuery(f, [])}${top ? `&top=${top}` : ''}`);
  async pack(id = 'nd30'): Promise<Pack | null> {
    try {
      return (await this.call<{ pack: Pack }>(`/packs/${encodeURIComponent(id)}`)).pack;
    } catch {
      return null;
    }
  }
  createInspection = (b: { unit: string; from: string; to: string; size: number; seed?: string; title: string }) =>
    this.call<{ inspection: InspectionHead; items: InspectionItem[] }>('/inspections', { method: 'POST', body: JSON.stringify(b) });
  inspections = async () => (await this.call<{ inspections: InspectionHead[] }>('/inspections')).inspections;
  inspection = (id: string) => this.call<{ inspection: InspectionHead; items: InspectionItem[] }>(`/inspections/${encodeURIComponent(id)}`);
  saveVerdict = (id: string, pos: number, v: Verdict) =>
    this.call<{ ok: true }>(`/inspections/${encodeURIComponent(id)}/items/${pos}`, { method: 'PUT', body: JSON.stringify(v) });
  summary = (id: string) => this.call<InspectionSummary>(`/inspections/${encodeURIComponent(id)}/summary`);
}

/** The query string of a stats call: only the filters that are set. */
export function statsQuery(f: Filters, groupBy: Dim[]): string {
  const q = new URLSearchParams();
  if (groupBy.length) q.set('groupBy', groupBy.join(','));
  q.set('unit', f.unit);
  for (const k of ['from', 'to', 'docType', 'rule', 'mode', 'pack', 'packVersion'] as const) if (f[k]) q.set(k, f[k]!);
  return q.toString();
}

/** Roles that may open the inspector pages. */
export const INSPECTOR_ROLES: readonly Me['role'][] = ['inspector', 'admin'];
