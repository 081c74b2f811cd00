// User settings in extension storage (shared by the panel, the batch page, options and the worker).
import { browser } from 'wxt/browser';
import type { Lang } from './i18n.ts';

export type Role = 'clerk' | 'inspector' | 'legal-editor' | 'admin';

export interface Settings {
  /** Base URL of the edge functions ("https://…", no trailing slash); empty = work offline only. */
  server: string;
  token: string;
  /** Unit code sent with statistics (CheckSummary.unit). */
  unit: string;
  role: Role;
  lang: Lang;
  /** Send statistics (counts only). Off = summaries stay queued locally and are never sent. */
  sendStats: boolean;
  /** The first-run screen (what leaves the machine) was read and accepted. */
  firstRunDone: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  server: '',
  token: '',
  unit: 'chua-dat', // outbox.ts UNSET_UNIT: replaced by the configured unit when sending
  role: 'clerk',
  lang: 'vi',
  sendStats: true,
  firstRunDone: false,
};

const KEY = 'settings';

export function normaliseServer(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** Validates what the options form would save; Vietnamese messages for the user. */
export function validateSettings(s: Settings): string[] {
  const errs: string[] = [];
  if (s.server) {
    try {
      const u = new URL(s.server);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') errs.push('Địa chỉ máy chủ phải bắt đầu bằng https:// hoặc http://');
    } catch {
      errs.push('Địa chỉ máy chủ không hợp lệ (ví dụ: https://kiemtra.tinh.gov.vn)');
    }
  }
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(s.unit)) errs.push('Mã đơn vị chỉ gồm chữ không dấu, số và . _ - (tối đa 64 ký tự)');
  return errs;
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return { ...DEFAULT_SETTINGS, ...((got[KEY] as Partial<Settings>) ?? {}) };
}

export async function saveSettings(s: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...s };
  next.server = normaliseServer(next.server);
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const fn = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) cb({ ...DEFAULT_SETTINGS, ...((changes[KEY].newValue as Partial<Settings>) ?? {}) });
  };
  browser.storage.onChanged.addListener(fn);
  return () => browser.storage.onChanged.removeListener(fn);
}

export function authHeaders(s: Settings): Record<string, string> {
  return s.token ? { authorization: `Bearer ${s.token}` } : {};
}
