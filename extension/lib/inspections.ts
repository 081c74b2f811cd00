// Inspection samples drawn on the server (inspector): which documents (by sha256) to look at.
// The batch page checks a folder and marks the files that belong to the chosen sample.
export interface InspectionHead {
  id: string;
  title: string;
  unit: string;
  from: string;
  to: string;
  size: number;
}
export interface SampleItem {
  pos: number;
  unit: string;
  sha256: string;
}

async function get<T>(server: string, token: string, path: string, f: typeof fetch): Promise<T> {
  const res = await f(`${server}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

export async function listInspections(server: string, token: string, f: typeof fetch = fetch): Promise<InspectionHead[]> {
  return (await get<{ inspections: InspectionHead[] }>(server, token, '/v1/inspections', f)).inspections;
}

export async function sampleOf(server: string, token: string, id: string, f: typeof fetch = fetch): Promise<SampleItem[]> {
  const r = await get<{ items: SampleItem[] }>(server, token, `/v1/inspections/${encodeURIComponent(id)}`, f);
  return r.items.map((i) => ({ pos: i.pos, unit: i.unit, sha256: i.sha256 }));
}

/** Which checked files are in the sample (position in it), and which sampled documents have no file. */
export function matchSample(sample: SampleItem[], files: { path: string; sha256?: string }[]) {
  const bySha = new Map(sample.map((s) => [s.sha256, s]));
  const inSample = new Map<string, number>();
  const found = new Set<string>();
  for (const f of files) {
    const s = f.sha256 ? bySha.get(f.sha256) : undefined;
    if (s) {
      inSample.set(f.path, s.pos);
      found.add(s.sha256);
    }
  }
  return { inSample, missing: sample.filter((s) => !found.has(s.sha256)) };
}
