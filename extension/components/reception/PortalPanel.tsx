// The portal page last checked (in-page summary repeated here), and switching the check off/on for its site.
import { useEffect, useState } from 'react';
import type { ReceptionStrings } from '../../lib/reception/strings.ts';
import { setSiteOn, sitesOff, type PortalState } from '../../lib/portal/state.ts';

export function PortalPanel({ s, portal }: { s: ReceptionStrings; portal: PortalState | null }) {
  const [off, setOff] = useState<string[]>([]);
  useEffect(() => {
    sitesOff().then(setOff).catch(() => {});
  }, []);
  if (!portal) return null;
  const isOff = off.includes(portal.host);
  return (
    <div className="portal-panel" data-testid="portal-panel">
      <b>{s.portalOpen}</b>: {portal.host} · {portal.procedure ? `${portal.procedure.code} ${portal.procedure.name}` : '—'}
      <ul>
        {portal.items.map((i, k) => (
          <li key={k} data-rule={i.ruleId}>
            {i.message}
          </li>
        ))}
      </ul>
      <button data-testid="portal-site-toggle" onClick={async () => setOff(await setSiteOn(portal.host, isOff))}>
        {isOff ? `${s.portalEnable} (${portal.host})` : `${s.portalDisable} (${portal.host})`}
      </button>
    </div>
  );
}
