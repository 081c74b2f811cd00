// Portal form check, page side (small; ASCII-only once built). Finds the dossier form with the
// portal adapters, hands the scraped rows and fields (plain data) to the service worker, and draws
// the in-page summary in its own shadow-root overlay. Nothing is sent off the machine and nothing
// in the page is changed except this overlay. Sites: localhost / 127.0.0.1 (test pages) and
// *.gov.vn (static), plus sites the clerk enabled (lib/portal/sites.ts registers this script for
// them), unless the clerk switched the site off in the reception view.
import { scrapePage } from '../lib/portal/adapters.ts';
import type { OverlayItem, PortalOutcome, Scraped } from '../lib/portal/types.ts';

const SITES_OFF = 'portalSitesOff';

export default defineContentScript({
  matches: ['*://*.gov.vn/*', 'http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  async main() {
    // Once per page, even if injected twice (static match plus a registered pattern): the flag
    // lives in the extension's isolated world, not in the page.
    const g = globalThis as { nd30Portal?: boolean };
    if (g.nd30Portal) return;
    g.nd30Portal = true;
    const off = ((await browser.storage.local.get(SITES_OFF))[SITES_OFF] as string[] | undefined) ?? [];
    if (off.includes(location.host)) return;

    const refs = new Map<string, Element>();
    const ids = new WeakMap<Element, string>();
    let n = 0;
    const reg = (el: Element) => {
      let id = ids.get(el);
      if (!id) ids.set(el, (id = `nd30-${++n}`)), refs.set(id, el);
      return id;
    };
    let host: HTMLElement | null = null;
    let last = '';
    let timer: ReturnType<typeof setTimeout> | undefined;

    const scan = async () => {
      const scraped = scrapePage(document, reg);
      if (!scraped) {
        host?.remove();
        host = null;
        last = '';
        return;
      }
      const key = JSON.stringify(scraped);
      if (key === last && host?.isConnected) return;
      last = key;
      const text = (document.body?.innerText ?? '').slice(0, 20000);
      const out = (await browser.runtime.sendMessage({ type: 'nd30:portal-form', url: location.href, text, scraped }).catch(() => null)) as PortalOutcome | null;
      if (!out || !('items' in out) || key !== last) return;
      // Same rule as shouldShow() in lib/portal/outcome.ts (not imported: it would pull rules code in).
      if (!out.procedure || (out.procedure.from !== 'url' && !out.rows)) {
        host?.remove();
        host = null;
        return;
      }
      draw(out, scraped);
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(scan, 400);
    };

    const draw = (o: PortalOutcome, scraped: Scraped) => {
      if (!host?.isConnected) {
        host = document.createElement('div');
        host.setAttribute('data-nd30', 'portal-summary');
        host.style.cssText = 'position:fixed;top:12px;right:12px;z-index:2147483647;max-width:380px';
        host.attachShadow({ mode: 'open' });
        document.documentElement.append(host);
      }
      const root = host.shadowRoot!;
      root.replaceChildren();
      const style = document.createElement('style');
      style.textContent =
        '.box{font:13px/1.4 system-ui,sans-serif;background:#fff;color:#0b0c0c;border:3px solid #d4351c;padding:8px 10px;box-shadow:0 2px 8px #0004;max-height:70vh;overflow:auto}' +
        '.box.ok{border-color:#00703c}.box h2{font-size:14px;margin:0 0 4px}.box h3{font-size:13px;margin:8px 0 2px}' +
        '.box ul{margin:0;padding-left:18px}.box a{color:#1d70b8;cursor:pointer;text-decoration:underline}.box small{color:#505a5f;display:block}' +
        '.x{float:right;border:0;background:none;font-size:16px;cursor:pointer}.muted{color:#505a5f;font-size:12px}';
      const box = el('div', 'box');
      const close = el('button', 'x', '\u00d7');
      close.title = 'Thu gọn';
      close.onclick = () => host?.remove();
      box.append(close);
      const title = o.mode === 'catalogue' ? 'So sánh với danh mục thủ tục' : 'Kiểm tra hồ sơ trên trang';
      box.append(el('h2', '', title));
      if (!o.procedure || !o.procedure.name) {
        box.append(el('p', 'proc', o.procedure ? `Mã ${o.procedure.code} không có trong danh mục đang áp dụng.` : 'Không xác định được thủ tục (trang không có mã thủ tục).'));
      } else {
        box.append(el('p', 'proc', `${o.procedure.code} \u2014 ${o.procedure.name}`));
      }
      const groups: [OverlayItem['section'], string][] = [
        ['missing', o.mode === 'catalogue' ? 'Thành phần trong danh mục nhưng trang không nêu' : 'Thiếu tệp đính kèm'],
        ['fields', 'Trường bắt buộc chưa điền hoặc sai dạng'],
        ['extra', o.mode === 'catalogue' ? 'Trang yêu cầu giấy tờ ngoài danh mục hoặc không còn yêu cầu' : 'Thành phần ngoài danh mục hoặc không được yêu cầu'],
        ['other', 'Khác'],
      ];
      for (const [key, label] of groups) {
        const items = o.items.filter((i) => i.section === key);
        if (!items.length) continue;
        box.append(el('h3', '', label));
        const ul = el('ul');
        ul.dataset.section = key;
        for (const it of items) {
          const li = el('li');
          li.dataset.rule = it.ruleId;
          const target = it.ref ? refs.get(it.ref) : undefined;
          if (target) {
            const a = el('a', '', it.message);
            a.dataset.ref = it.ref!;
            a.onclick = () => {
              target.scrollIntoView({ block: 'center' });
              if (target instanceof HTMLElement && target.matches('input,select,textarea,button')) target.focus({ preventScroll: true });
            };
            li.append(a);
          } else li.append(el('span', '', it.message));
          if (it.legalRef) li.append(el('small', '', `C\u0103n c\u1ee9: ${it.legalRef}`));
          ul.append(li);
        }
        box.append(ul);
      }
      if (o.procedure?.name && !o.items.length) {
        box.className = 'box ok';
        box.append(el('p', 'none', 'Không thấy thiếu sót.'));
      }
      box.append(el('p', 'muted', `${scraped.rows.length} thành phần, ${scraped.fields.length} trường \u00b7 kiểm tra trên máy, không gửi đi đâu`));
      root.append(style, box);
    };

    new MutationObserver((muts) => {
      if (muts.every((m) => host && (m.target === host || host.contains(m.target)))) return;
      later();
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    document.addEventListener('input', later, true);
    document.addEventListener('change', later, true);
    void scan();
  },
});

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
