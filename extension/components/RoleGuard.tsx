// A page that only some roles may use: it asks the server who the token belongs to and either
// renders the page or a plain refusal. Shared by the inspector pages and the rule editor.
import { useEffect, useState, type ReactNode } from 'react';
import { loadSettings, type Settings } from '../lib/settings.ts';

export interface GuardStrings {
  noServer: string;
  refused: string;
  serverError: string;
  title?: string;
}

export interface GuardSpec<Api extends { me(): Promise<M> }, M extends { role: string }, T extends GuardStrings> {
  roles: readonly string[];
  strings: (lang: Settings['lang']) => T;
  makeApi: (server: string, token: string) => Api;
  /** The sentence when the role is not allowed (default: strings.refused). */
  refusal?: (t: T, me: M) => string;
  /** The sentence when the server rejects the token itself (401). */
  unauthorized: (t: T, e: unknown) => string | null;
}

export interface GuardSession<Api, M, T> {
  settings: Settings;
  me: M;
  api: Api;
  t: T;
}

export function RoleGuard<Api extends { me(): Promise<M> }, M extends { role: string }, T extends GuardStrings>({
  spec,
  children,
}: {
  spec: GuardSpec<Api, M, T>;
  children: (s: GuardSession<Api, M, T>) => ReactNode;
}) {
  type State = { kind: 'loading' } | { kind: 'refused'; text: string } | { kind: 'ok'; session: GuardSession<Api, M, T> };
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      const settings = await loadSettings();
      const t = spec.strings(settings.lang);
      document.documentElement.lang = settings.lang;
      if (t.title) document.title = t.title;
      if (!settings.server || !settings.token) return setState({ kind: 'refused', text: t.noServer });
      const api = spec.makeApi(settings.server, settings.token);
      try {
        const me = await api.me();
        if (!spec.roles.includes(me.role)) return setState({ kind: 'refused', text: spec.refusal ? spec.refusal(t, me) : t.refused });
        setState({ kind: 'ok', session: { settings, me, api, t } });
      } catch (e) {
        setState({ kind: 'refused', text: spec.unauthorized(t, e) ?? `${t.serverError}: ${(e as Error).message}` });
      }
    })();
  }, [spec]);
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
