// Inspector pages open only for an inspector's (or admin's) token; anyone else gets a plain refusal.
import { useEffect, useState, type ReactNode } from 'react';
import { loadSettings, type Settings } from '../../lib/settings.ts';
import { ApiFailure, INSPECTOR_ROLES, InspectorApi, type Me } from '../../lib/inspector/api.ts';
import { inspectorStrings, type InspectorDict } from '../../lib/inspector/i18n.ts';

export interface Session {
  settings: Settings;
  me: Me;
  api: InspectorApi;
  t: InspectorDict;
}

type State = { kind: 'loading' } | { kind: 'refused'; text: string } | { kind: 'ok'; session: Session };

export function Guard({ children }: { children: (s: Session) => ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      const settings = await loadSettings();
      const t = inspectorStrings(settings.lang);
      document.documentElement.lang = settings.lang;
      if (!settings.server || !settings.token) return setState({ kind: 'refused', text: t.noServer });
      const api = new InspectorApi(settings.server, settings.token);
      try {
        const me = await api.me();
        if (!INSPECTOR_ROLES.includes(me.role)) return setState({ kind: 'refused', text: t.refused });
        setState({ kind: 'ok', session: { settings, me, api, t } });
      } catch (e) {
        setState({ kind: 'refused', text: e instanceof ApiFailure && e.status === 401 ? t.refused : `${t.serverError}: ${(e as Error).message}` });
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
