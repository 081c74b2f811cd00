// The rule editor opens only for a legal-editor's (or admin's) token; anyone else gets a plain refusal.
import type { ReactNode } from 'react';
import { RoleGuard, type GuardSession, type GuardSpec } from '../RoleGuard.tsx';
import { EDITOR_ROLES, RegistryApi, RegistryError, type Me } from '../../lib/editor/api.ts';
import { editorStrings, type EditorDict } from '../../lib/editor/i18n.ts';

export type EditorSession = GuardSession<RegistryApi, Me, EditorDict>;

const spec: GuardSpec<RegistryApi, Me, EditorDict> = {
  roles: EDITOR_ROLES,
  strings: editorStrings,
  makeApi: (server, token) => new RegistryApi(server, token),
  refusal: (t, me) => `${t.refused} "${me.role}".`,
  unauthorized: (t, e) => (e instanceof RegistryError && e.status === 401 ? t.refusedToken : null),
};

export function EditorGuard({ children }: { children: (s: EditorSession) => ReactNode }) {
  return <RoleGuard spec={spec}>{children}</RoleGuard>;
}
