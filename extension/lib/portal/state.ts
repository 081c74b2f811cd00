// The last portal page checked (kept in session storage by the service worker) and the sites
// where the clerk switched the portal check off (local storage, read by the content script).
import { browser } from 'wxt/browser';
import type { PortalOutcome } from './types.ts';

export interface PortalState extends PortalOutcome {
  host: string;
  at: number;
}

const LAST = 'portalLast';
export const SITES_OFF = 'portalSitesOff';

export async function lastPortal(): Promise<PortalState | null> {
  return ((await browser.storage.session.get(LAST))[LAST] as PortalState | undefined) ?? null;
}

export async function setLastPortal(s: PortalState): Promise<void> {
  await browser.storage.session.set({ [LAST]: s });
}

export async function sitesOff(): Promise<string[]> {
  return ((await browser.storage.local.get(SITES_OFF))[SITES_OFF] as string[] | undefined) ?? [];
}

export async function setSiteOn(host: string, on: boolean): Promise<string[]> {
  const now = (await sitesOff()).filter((h) => h !== host);
  if (!on) now.push(host);
  await browser.storage.local.set({ [SITES_OFF]: now });
  return now;
}
