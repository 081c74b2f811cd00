// Service worker: toolbar button and context menu open the panel; timers sync packs and send
// queued statistics (the queue lives in IndexedDB, so nothing is lost across restarts).
import { browser } from 'wxt/browser';
import { refreshPacks, sendStats } from '../lib/sync.ts';
import { registerPortalService } from '../lib/portal/service.ts';

const MENU = 'nd30-check-link';

export default defineBackground(() => {
  // Portal form check: the content script sends scraped rows/fields, the summary comes back.
  registerPortalService();

  // Chrome: the toolbar button opens the side panel. Firefox has a sidebar instead.
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch(() => {});

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU,
      title: browser.i18n.getMessage('menuCheck') || 'Kiểm tra văn bản',
      contexts: ['link'],
      targetUrlPatterns: ['*://*/*.docx', '*://*/*.pdf', '*://*/*.docx?*', '*://*/*.pdf?*'],
    });
    browser.alarms.create('packs', { periodInMinutes: 60, delayInMinutes: 1 });
    browser.alarms.create('stats', { periodInMinutes: 1 });
    void refreshPacks().catch(() => {});
  });

  browser.runtime.onStartup.addListener(() => {
    void refreshPacks().catch(() => {});
    void sendStats(undefined, true).catch(() => {});
  });

  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === 'packs') void refreshPacks().catch(() => {});
    if (a.name === 'stats') void sendStats().catch(() => {});
  });

  // A file picked in a page (content script offer): open the panel and hand the bytes over.
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = msg as { type?: string; name?: string; data?: string };
    if (m?.type !== 'nd30:check-file' || typeof m.data !== 'string') return;
    const stored = browser.storage.session.set({ pendingFile: { name: String(m.name ?? 'van-ban'), data: m.data } });
    openPanel(sender.tab?.windowId);
    return stored.then(() => ({ ok: true }));
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU || !info.linkUrl) return;
    // The panel picks the link up from session storage and checks it there (heavy code lives there).
    openPanel(tab?.windowId);
    await browser.storage.session.set({ pendingUrl: info.linkUrl });
  });
});

/** Must run before any await: opening the panel needs the user's gesture. */
function openPanel(windowId: number | undefined) {
  try {
    const sp = (browser as unknown as { sidePanel?: { open(o: object): Promise<void> } }).sidePanel;
    if (sp && windowId !== undefined) void sp.open({ windowId }).catch(() => {});
    else void (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open().catch(() => {});
  } catch {
    // No gesture (or no panel support): the toolbar button still opens the panel with the file waiting.
  }
}
