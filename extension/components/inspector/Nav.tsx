// Links between the inspector pages (the side panel and options belong to the clerk's flow).
import type { InspectorDict } from '../../lib/inspector/i18n.ts';

export function Nav({ t, here }: { t: InspectorDict; here: 'dashboard' | 'inspection' }) {
  return (
    <nav className="bar no-print" data-testid="insp-nav">
      {here === 'dashboard' ? <b>{t.dashboardLink}</b> : <a href="dashboard.html">{t.dashboardLink}</a>}
      <span>·</span>
      {here === 'inspection' ? <b>{t.inspectionLink}</b> : <a href="inspection.html">{t.inspectionLink}</a>}
    </nav>
  );
}
