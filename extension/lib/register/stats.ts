// Statistics of a register audit: counts per rule id and month (rules/register/stats.ts), queued
// in the shared outbox and sent with the unit. A summary already queued with the same export, month
// and counts is not queued again (pressing "send" twice sends nothing new); counts that changed
// (another audit date or calendar) are sent, and the server keeps the last one per export and month.
import type { RegisterAudit } from '../../../rules/register/audit.ts';
import { summariesFromAudit } from '../../../rules/register/stats.ts';
import type { CheckSummary } from '../../../rules/stats.ts';
import type { Kv } from '../pack-sync.ts';

export const SENT_KEY = 'registerStatsQueued';

export async function registerSummaries(audit: RegisterAudit, unit: string, clientVersion: string, newId: () => string): Promise<CheckSummary[]> {
  return summariesFromAudit(audit, { unit, clientVersion, newId });
}

/** Queue the summaries not queued before; returns those queued now. */
export async function queueOnce(kv: Kv, list: CheckSummary[], enqueue: (s: CheckSummary) => Promise<void>): Promise<CheckSummary[]> {
  const done = new Set(((await kv.get(SENT_KEY)) as string[] | undefined) ?? []);
  const key = (s: CheckSummary) => `${s.unit}:${s.sha256}:${JSON.stringify(Object.entries(s.counts).sort())}`;
  const fresh = list.filter((s) => !done.has(key(s)));
  for (const s of fresh) {
    await enqueue(s);
    done.add(key(s));
  }
  // Keep the memory small: the last 500 months are plenty.
  await kv.set(SENT_KEY, [...done].slice(-500));
  return fresh;
}
