// Statistics of a register audit: counts per rule id and month (rules/register/stats.ts), queued
// in the shared outbox and sent with the unit. Summaries already queued for the same export and
// month are not queued again, so pressing "send" twice never counts twice.
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
  const fresh = list.filter((s) => !done.has(`${s.unit}:${s.sha256}`));
  for (const s of fresh) {
    await enqueue(s);
    done.add(`${s.unit}:${s.sha256}`);
  }
  // Keep the memory small: the last 500 months are plenty.
  await kv.set(SENT_KEY, [...done].slice(-500));
  return fresh;
}
