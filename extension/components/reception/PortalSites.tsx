// The clerk enables the portal check on a one-stop site outside *.gov.vn (asked per site), or turns it off.
import { useEffect, useState } from 'react';
import { disableSite, enableSite, enabledSites, sitePattern } from '../../lib/portal/sites.ts';
import type { ReceptionStrings } from '../../lib/reception/strings.ts';

export function PortalSites({ s }: { s: ReceptionStrings }) {
  const [sites, setSites] = useState<string[]>([]);
  const [addr, setAddr] = useState('');
  const [msg, setMsg] = useState('');
  useEffect(() => {
    enabledSites().then(setSites).catch(() => {});
  }, []);
  const pattern = sitePattern(addr);
  return (
    <details className="portal-sites" data-testid="portal-sites">
      <summary className="muted-text">{s.sitesTitle}</summary>
      <p className="muted-text">{s.sitesNote}</p>
      <div className="bar">
        <input type="text" data-testid="site-address" placeholder="https://dichvucong.tinh.vn/" value={addr} onChange={(e) => setAddr(e.target.value)} style={{ flex: 1, width: 'auto' }} />
        <button
          data-testid="site-enable"
          disabled={!pattern}
          onClick={() => {
            // No await before enableSite: the permission prompt needs this click.
            enableSite(pattern!).then(async (r) => {
              setMsg(r.message);
              setSites(await enabledSites());
            });
          }}
        >
          {s.sitesEnable}
        </button>
      </div>
      {msg ? <p data-testid="site-message">{msg}</p> : null}
      <ul>
        {sites.map((p) => (
          <li key={p} data-testid="site">
            {p}{' '}
            <button onClick={async () => (await disableSite(p), setSites(await enabledSites()))}>{s.sitesDisable}</button>
          </li>
        ))}
      </ul>
    </details>
  );
}
