// The register audit off the page's UI thread: a month of a big desk (or a year) is tens of
// thousands of rows. Same runAudit as the page; the bytes stay on this machine.
import { runAudit, type RunInput, type RunResult } from './run.ts';

export type AuditRequest = { id: number; input: RunInput };
export type AuditResponse = { id: number; ok: true; result: RunResult } | { id: number; ok: false; error: string };

self.onmessage = async (e: MessageEvent<AuditRequest>) => {
  const { id, input } = e.data;
  let m: AuditResponse;
  try {
    m = { id, ok: true, result: await runAudit(input) };
  } catch (err) {
    m = { id, ok: false, error: String((err as Error)?.message ?? err) };
  }
  (self as unknown as Worker).postMessage(m);
};
