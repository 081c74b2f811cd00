// The rule editor opens only for a legal-editor's (or admin's) token; anyone else gets a plain refusal.
import { useEffect, useState, type ReactNode } from 'react';
import { loadSettings, type Settings } from '../../lib/settings.ts';
import { EDITOR_ROLES, RegistryApi, RegistryError, type Me } from '../../lib/editor/api.ts';
import { editorStrings, type EditorDict } from '../../lib/editor/i18n.ts';

export interface EditorSession {
  settings: Settings;
  me: Me;
  api: RegistryApi;
  t: EditorDict;
}
type State = { kind: 'loading' } | { kind: 'refused'; text: string } | { kind: 'ok'; session: EditorSession };

export function EditorGuard({ children }: { children: (s: EditorSession) => ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      const settings = await loadSettings();
      const t = editorStrings(settings.lang);
      document.documentElement.lang = settings.lang;
      document.title = t.title;
      if (!settings.server || !settings.token) return setState({ kind: 'refused', text: t.noServer });
      const api = new RegistryApi(settings.server, settings.token);
      try {
        const me = await api.me();
        if (!(EDITOR_ROLES as readonly string[]).includes(me.role)) return setState({ kind: 'refused', text: `${t.refused} "${me.role}".` });
        setState({ kind: 'ok', session: { settings, me, api, t } });
      } catch (e) {
        setState({ kind: 'refused', text: e instanceof RegistryError && e.status === 401 ? t.refusedToken : `${t.serverError}: ${(e as Error).message}` });
      }
    })();
  }, []);
  if (state.kind === 'loading') return <main className="muted-text">…</main>;
  if (state.kind === 'refused')
    return (
      <main>
        <p className="warn" data-testid="refused">
          {state.text}
        </p>
      </main>
    );
  return <>{children(state.session)}</>;
}
