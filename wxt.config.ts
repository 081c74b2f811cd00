import { defineConfig } from 'wxt';

// The extension lives in extension/; rules/ is imported from there as plain TypeScript.
export default defineConfig({
  srcDir: 'extension',
  // WXT resolves publicDir from the project root, not srcDir: _locales live in extension/public.
  publicDir: 'extension/public',
  outDir: '.output',
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    action: { default_title: '__MSG_actionTitle__' },
    // Firefox has a sidebar (sidebar_action, made by WXT from the sidepanel entrypoint), no sidePanel API.
    permissions: browser === 'firefox' ? ['storage', 'contextMenus', 'alarms'] : ['storage', 'sidePanel', 'contextMenus', 'alarms', 'scripting'],
    // A one-stop portal outside *.gov.vn: the clerk enables its site from the reception view
    // (asked then, per site), and the portal check is registered for it (lib/portal/sites.ts).
    ...(browser === 'firefox' ? {} : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // The local server (tests, single machine) and government portals (linked documents to check);
    // other statistics servers answer CORS for extension origins.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*', '*://*.gov.vn/*'],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'kiem-tra-nd30@nd30-checker.local', strict_min_version: '115.0' } } } : {}),
  }),
  vite: () => ({
    // Vite 8 (rolldown) writes non-ASCII bytes that Chrome refuses in content scripts.
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    // The checking worker imports pdf.js and mammoth lazily: code-splitting needs ES workers.
    worker: { format: 'es', rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
