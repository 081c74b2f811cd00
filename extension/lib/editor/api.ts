// The rule editor's calls to the registry (functions/routes/packs.ts): list, versions, audit,
// publish with If-Match, rollback. Errors come back as RegistryError with the server's Vietnamese text.
export const EDITOR_ROLES = ['legal-editor', 'admin'] as const;

export interface Me {
  tokenId: string;
  role: string;
  unit: string;
  label: string;
}
export interface PackListItem {
  id: string;
  kind: string;
  title: string;
  version: string;
  rev: number;
  mode: 'enforce' | 'observe';
  effectiveFrom: string;
  publishedAt: string;
  etag: string;
}
export interface PackVersion {
  version: string;
  rev: number;
  mode: 'enforce' | 'observe';
  effectiveFrom: string;
  action: 'publish' | 'rollback' | 'seed';
  publishedAt: string;
  etag: string;
}
export interface AuditEntry {
  packId: string;
  rev: number;
  version: string;
  action: string;
  rollbackTo: number | null;
  mode: 'enforce' | 'observe';
  by: string;
  at: string;
  note: string;
  changed: unknown;
  etag: string;
}
export interface PackDoc {
  id: string;
  version: string;
  rev: number;
  kind: string;
  mode: 'enforce' | 'observe';
  etag: string;
  pack: Record<string, unknown> & { id: string; version: string; kind: string };
}
export interface Problem {
  path: string;
  message: string;
}

export class RegistryError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
  /** Someone published in between (If-Match stale): the editor must reload and re-apply. */
  get conflict(): boolean {
    return this.status === 412;
  }
}

export class RegistryApi {
  constructor(
    readonly server: string,
    readonly token: string,
    private readonly f: typeof fetch = (...a) => fetch(...a),
  ) {}

  private async call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>), authorization: `Bearer ${this.token}` };
    if (init.body) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await this.f(`${this.server}/v1${path}`, { ...init, headers, cache: 'no-store' });
    } catch (e) {
      throw new RegistryError(0, 'network', `Không kết nối được máy chủ ${this.server} (${(e as Error).message}).`);
    }
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; problems?: Problem[] } } | null;
    if (!res.ok) {
      const err = body?.error;
      throw new RegistryError(res.status, err?.code ?? 'http', err?.message ?? `Máy chủ trả lời lỗi HTTP ${res.status}.`, err?.problems ?? []);
    }
    return body as T;
  }

  me() {
    return this.call<Me>('/me');
  }
  async packs() {
    return (await this.call<{ packs: PackListItem[] }>('/packs')).packs;
  }
  async versions(id: string) {
    return (await this.call<{ versions: PackVersion[] }>(`/packs/${id}/versions`)).versions;
  }
  async audit(id: string) {
    return (await this.call<{ audit: AuditEntry[] }>(`/packs/${id}/audit`)).audit;
  }
  current(id: string) {
    return this.call<PackDoc>(`/packs/${id}`);
  }
  version(id: string, version: string) {
    return this.call<PackDoc>(`/packs/${id}/versions/${encodeURIComponent(version)}`);
  }
  /** etag null: the pack does not exist on the server yet (first publication, no If-Match). */
  async publish(id: string, pack: unknown, note: string, mode: 'enforce' | 'observe', etag: string | null) {
    return (
      await this.call<{ published: AuditEntry }>(`/packs/${id}/versions`, {
        method: 'POST',
        headers: etag ? { 'if-match': etag } : {},
        body: JSON.stringify({ pack, note, mode }),
      })
    ).published;
  }
  async rollback(id: string, to: string, note: string, mode: 'enforce' | 'observe', etag: string) {
    return (await this.call<{ published: AuditEntry }>(`/packs/${id}/rollback`, { method: 'POST', headers: { 'if-match': etag }, body: JSON.stringify({ to, note, mode }) })).published;
  }
}

/** What the editor says for a failed publish; a conflict names the way out. */
export function publishErrorText(e: unknown): string {
  if (e instanceof RegistryError) {
    if (e.status === 412)
      return 'Trong lúc bạn soạn, người khác đã ban hành một phiên bản mới của bộ quy tắc này. Bản nháp của bạn vẫn được giữ nguyên. Bấm "Tải lại và áp dụng lại bản nháp" để xem phiên bản mới, đưa các thay đổi của bạn lên trên nó rồi ban hành lại.';
    if (e.status === 401 || e.status === 403) return `Mã truy cập không có quyền ban hành (cần vai trò legal-editor hoặc admin): ${e.message}`;
    const probs = e.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    return probs ? `${e.message} ${probs}` : e.message;
  }
  return `Không ban hành được: ${(e as Error).message}`;
}
