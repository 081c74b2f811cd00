// Checking from a page (side panel, batch): packs in force, the worker, the statistics queue.
import { summaryFromReport } from '../../rules/stats.ts';
import { checkFile, type Stage } from './checker.ts';
import { enqueue, newClientId } from './outbox.ts';
import type { PackState } from './pack-sync.ts';
import { loadSettings, type Settings } from './settings.ts';
import { clientVersion, getPacks, sendStats } from './sync.ts';

export { bundledPack, clientVersion, getPacks, refreshPacks, sendStats, storageKv } from './sync.ts';

/** Check one file with the packs in force and queue its statistics summary (counts only). */
export async function checkAndQueue(
  file: { name: string; arrayBuffer(): Promise<ArrayBuffer> },
  opts: { previewHtml?: boolean; onStage?: (s: Stage) => void; packs?: PackState; settings?: Settings } = {},
) {
  const settings = opts.settings ?? (await loadSettings());
  const packs = opts.packs ?? (await getPacks());
  const res = await checkFile(file, { enforce: packs.enforce.pack, observe: packs.observe?.pack }, opts);
  res.report = { ...res.report, ruleSet: { ...res.report.ruleSet, mode: 'enforce' } };
  const ctx = { unit: settings.unit, clientVersion: clientVersion() };
  await enqueue(summaryFromReport(res.report, { ...ctx, clientId: newClientId() }));
  if (res.observeReport) await enqueue(summaryFromReport(res.observeReport, { ...ctx, clientId: newClientId() }));
  // Fire and forget: a failure stays queued with backoff; the result is shown regardless.
  void sendStats(settings).catch(() => {});
  return { ...res, packs };
}
