// Inspector pages open only for an inspector's (or admin's) token; anyone else gets a plain refusal.
import type { ReactNode } from 'react';
import { RoleGuard, type GuardSession, type GuardSpec } from '../RoleGuard.tsx';
import { ApiFailure, INSPECTOR_ROLES, InspectorApi, type Me } from '../../lib/inspector/api.ts';
import { inspectorStrings, type InspectorDict } from '../../lib/inspector/i18n.ts';

export type Session = GuardSession<InspectorApi, Me, InspectorDict>;

const spec: GuardSpec<InspectorApi, Me, InspectorDict> = {
  roles: INSPECTOR_ROLES,
  strings: inspectorStrings,
  makeApi: (server, token) => new InspectorApi(server, token),
  unauthorized: (t, e) => (e instanceof ApiFailure && e.status === 401 ? t.refused : null),
};

export function Guard({ children }: { children: (s: Session) => ReactNode }) {
  return <RoleGuard spec={spec}>{children}</RoleGuard>;
}
