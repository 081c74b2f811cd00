// Portal sites the clerk enabled beyond the static matches (localhost, 127.0.0.1, *.gov.vn):
// the browser asks for that site's permission, then the portal check is registered for it with
// chrome.scripting.registerContentScripts (kept across browser restarts).
import { browser } from 'wxt/browser';

const KEY = 'portalSites';
const SCRIPT = 'content-scripts/portal.js';

/** "https://dvc.example.vn/nop-ho-so?x=1" or "dvc.example.vn" → "https://dvc.example.vn/*"; null if not a web address. */
export function sitePattern(input: string): string | null {
  const t = input.trim();
  if (!t) return null;
  let u: URL;
  try {
    u = new URL(/^[a-z]+:\/\//i.test(t) ? t : `https://${t}`);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (!/^[a-z0-9.-]+$/i.test(u.hostname) || !u.hostname.includes('.') && u.hostname !== 'localhost') return null;
  // Match patterns carry no port: the site's host on any port.
  return `${u.protocol}//${u.hostname}/*`;
}

/** Script id per pattern (registerContentScripts ids must be unique and may not start with "_"). */
export function scriptId(pattern: string): string {
  return `nd30-portal-${pattern.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`;
}

export async function enabledSites(): Promise<string[]> {
  return ((await browser.storage.local.get(KEY))[KEY] as string[] | undefined) ?? [];
}

type Scripting = {
  registerContentScripts(s: object[]): Promise<void>;
  unregisterContentScripts(f: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(f?: { ids?: string[] }): Promise<{ id: string }[]>;
};
const scripting = () => (browser as unknown as { scripting?: Scripting }).scripting;

/**
 * Call straight from the click (no await before it): the permission prompt needs the user's gesture.
 * Returns a Vietnamese message for the clerk.
 */
export function enableSite(pattern: string): Promise<{ ok: boolean; message: string }> {
  const asked = browser.permissions.request({ origins: [pattern] });
  return asked.then(async (granted) => {
    if (!granted) return { ok: false, message: `Chưa được phép đọc trang ${pattern}: trình duyệt đã từ chối.` };
    const s = scripting();
    if (!s) return { ok: false, message: 'Trình duyệt này không hỗ trợ bật thêm trang (chỉ Chrome/Edge).' };
    const id = scriptId(pattern);
    const have = await s.getRegisteredContentScripts({ ids: [id] });
    if (!have.length) await s.registerContentScripts([{ id, matches: [pattern], js: [SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]);
    const sites = await enabledSites();
    if (!sites.includes(pattern)) await browser.storage.local.set({ [KEY]: [...sites, pattern] });
    return { ok: true, message: `Đã bật kiểm tra hồ sơ trên ${pattern}. Tải lại trang đó để thấy bảng tóm tắt.` };
  });
}

export async function disableSite(pattern: string): Promise<void> {
  await scripting()?.unregisterContentScripts({ ids: [scriptId(pattern)] }).catch(() => {});
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  await browser.storage.local.set({ [KEY]: (await enabledSites()).filter((p) => p !== pattern) });
}
