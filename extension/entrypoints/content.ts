// Small and ASCII-only once built (the build check enforces it). When the user picks a .docx/.pdf
// in a page's file input (e.g. a one-stop portal upload), offer to check it in the side panel.
// Reading and checking happen in the panel; this script only hands over the chosen file.
const MAX = 7 * 1024 * 1024; // session storage holds 10 MB; base64 adds a third

export default defineContentScript({
  matches: ['*://*.gov.vn/*', 'http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.nd30Checker = 'ready';
    let host: HTMLElement | null = null;

    const show = (file: File) => {
      host?.remove();
      host = document.createElement('div');
      host.setAttribute('data-nd30', 'offer');
      host.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483647';
      const root = host.attachShadow({ mode: 'open' });
      const btn = document.createElement('button');
      btn.textContent = `Kiểm tra thể thức: ${file.name}`;
      btn.style.cssText = 'font:14px system-ui,sans-serif;padding:8px 12px;border-radius:6px;border:0;background:#0b57d0;color:#fff;box-shadow:0 2px 6px #0005;cursor:pointer';
      const close = document.createElement('button');
      close.textContent = '×';
      close.title = 'Đóng';
      close.style.cssText = 'margin-left:4px;border:0;background:#eee;border-radius:50%;width:24px;height:24px;cursor:pointer';
      close.onclick = () => host?.remove();
      btn.onclick = async () => {
        if (file.size > MAX) {
          btn.textContent = 'Tệp lớn hơn 7 MB: hãy kéo thả tệp vào bảng Kiểm tra văn bản.';
          return;
        }
        btn.disabled = true;
        btn.textContent = 'Đang mở bảng Kiểm tra văn bản…';
        const data = await toBase64(file);
        await browser.runtime.sendMessage({ type: 'nd30:check-file', name: file.name, data });
        host?.remove();
      };
      root.append(btn, close);
      document.body.append(host);
    };

    document.addEventListener(
      'change',
      (e) => {
        const input = e.target as HTMLInputElement | null;
        if (!input || input.type !== 'file' || !input.files) return;
        const f = [...input.files].find((x) => /\.(docx|pdf)$/i.test(x.name));
        if (f) show(f);
      },
      true,
    );
  },
});

function toBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}
