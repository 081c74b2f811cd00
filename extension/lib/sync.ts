// Server-facing housekeeping shared by the pages and the service worker: packs and the outbox.
import { browser } from 'wxt/browser';
import type { Pack } from '../../rules/pack.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { flush } from './outbox.ts';
import { currentPacks, syncPacks, type Kv, type PackState } from './pack-sync.ts';
import { loadSettings, type Settings } from './settings.ts';

/** The pack built into the extension: used until a server pack has been fetched once. */
export const bundledPack: Pack = nd30Pack;

export const storageKv: Kv = {
  async get(key) {
    return (await browser.storage.local.get(key))[key];
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
};

export function clientVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

export const getPacks = () => currentPacks(storageKv, bundledPack);

export async function refreshPacks(s?: Settings): Promise<PackState> {
  const st = s ?? (await loadSettings());
  return syncPacks(storageKv, bundledPack, { server: st.server, token: st.token });
}

export async function sendStats(s?: Settings, force = false) {
  const st = s ?? (await loadSettings());
  return flush({ server: st.server, token: st.token, enabled: st.sendStats, force, unit: st.unit });
}
