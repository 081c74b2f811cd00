// Service worker: toolbar button and context menu open the panel; timers sync packs and send
// queued statistics (the queue lives in IndexedDB, so nothing is lost across restarts).
import { browser } from 'wxt/browser';
import { refreshPacks, sendStats } from '../lib/sync.ts';

const MENU = 'nd30-check-link';

export default defineBackground(() => {
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

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU || !info.linkUrl) return;
    // The panel picks the link up from session storage and checks it there (heavy code lives there).
    const sp = (browser as unknown as { sidePanel?: { open(o: object): Promise<void> } }).sidePanel;
    if (sp && tab?.windowId !== undefined) await sp.open({ windowId: tab.windowId }).catch(() => {});
    else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open().catch(() => {});
    await browser.storage.session.set({ pendingUrl: info.linkUrl });
  });
});
