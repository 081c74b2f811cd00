// Service-worker side of the portal check: answers the content script with the in-page summary
// and keeps the last result for the reception view. Nothing leaves the machine.
import { browser } from 'wxt/browser';
import { portalOutcome } from './outcome.ts';
import { setLastPortal } from './state.ts';
import type { PortalMessage, PortalOutcome } from './types.ts';

/** Returns a promise for our message, undefined for any other (so other listeners answer). */
export function onPortalMessage(msg: unknown, sender: { tab?: { id?: number } }): Promise<PortalOutcome> | undefined {
  const m = msg as PortalMessage;
  if (m?.type !== 'nd30:portal-form' || !m.scraped) return undefined;
  void sender;
  return portalOutcome(m).then(async (o) => {
    let host = '';
    try {
      host = new URL(m.url).host;
    } catch {
      /* keep empty */
    }
    await setLastPortal({ ...o, host, at: Date.now() }).catch(() => {});
    return o;
  });
}

export function registerPortalService(): void {
  // sendResponse + true: works whether or not the browser accepts a returned promise.
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse: (r: unknown) => void) => {
    const p = onPortalMessage(msg, sender);
    if (!p) return undefined;
    p.then(sendResponse, (e) => sendResponse({ error: String((e as Error)?.message ?? e) }));
    return true;
  });
}
