// Shared by the API suite (Node and workerd): request helpers and summary builders.
import type { CheckSummary } from '../../rules/stats.ts';

export type Fetch = (req: Request) => Promise<Response>;

export function client(fetch: Fetch) {
  return async (method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(
      new Request(`http://api.test${path}`, { method, headers, body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) }),
    );
    const text = await res.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      /* CSV or empty */
    }
    return { status: res.status, headers: res.headers, text, json };
  };
}

let counter = 0;
export const sha = (n: number) => n.toString(16).padStart(64, '0');
export const uid = (p: string) => `${p}-${Date.now().toString(36)}-${(counter++).toString(36)}`.slice(0, 64);

export function summary(o: Partial<CheckSummary> & { unit: string; doc: number }): CheckSummary & Record<string, unknown> {
  const { doc, ...rest } = o;
  return {
    clientId: uid('c'),
    sha256: sha(doc),
    subject: 'document',
    docType: 'CV',
    pack: { id: 'nd30', version: '2026.1.0' },
    mode: 'enforce',
    counts: {},
    errors: 0,
    checkedAt: '2026-03-10T09:00:00+07:00',
    clientVersion: '0.1.0',
    ...rest,
  };
}

/** A small valid rules pack for registry tests. */
export function testPack(id: string, version: string, effectiveFrom: string, rules = ['t.page.margin', 't.font.size']) {
  return {
    id,
    version,
    kind: 'rules',
    title: `Bộ thử ${id}`,
    effectiveFrom,
    rules: rules.map((r, i) => ({
      id: r,
      kind: 'range',
      component: 'page',
      severity: 'error',
      title: `Quy tắc ${i}`,
      message: 'Sai {found}, cần {expected}',
      legalRef: 'NĐ 30/2020, Phụ lục I',
      params: { value: { min: 10 + i, max: 20 } },
    })),
  };
}
