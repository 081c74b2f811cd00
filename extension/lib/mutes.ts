// Rules the user chose to ignore for one document (keyed by its sha256), with the reason given.
import type { Mutes } from './report-view.ts';
import type { Kv } from './pack-sync.ts';

const key = (sha: string) => `mutes:${sha}`;

export async function loadMutes(kv: Kv, sha: string): Promise<Mutes> {
  return ((await kv.get(key(sha))) as Mutes | undefined) ?? {};
}

export async function setMute(kv: Kv, sha: string, ruleId: string, reason: string | null): Promise<Mutes> {
  const m = { ...(await loadMutes(kv, sha)) };
  if (reason === null) delete m[ruleId];
  else {
    if (!reason.trim()) throw new Error('Cần ghi lý do bỏ qua quy tắc.');
    m[ruleId] = reason.trim();
  }
  await kv.set(key(sha), m);
  return m;
}
