// The result of one check: what was checked with which pack, the counts, and the findings
// grouped by component in document order, with filters and per-document muting.
import { useEffect, useState } from 'react';
import type { Report } from '../../rules/report.ts';
import { componentName, strings, type Lang } from '../lib/i18n.ts';
import { BUCKETS, countFindings, groupFindings, placeText, type Bucket, type Mutes } from '../lib/report-view.ts';
import type { PackEntry } from '../lib/pack-sync.ts';

interface Props {
  report: Report;
  lang: Lang;
  pack?: PackEntry;
  mutes: Mutes;
  active?: number;
  onMute?(ruleId: string, reason: string | null): void;
  onShow?(index: number): void;
}

export function ReportView({ report, lang, pack, mutes, active, onMute, onShow }: Props) {
  const s = strings[lang];
  const [show, setShow] = useState<Record<Bucket, boolean>>({ error: true, warning: true, info: true, review: true });
  const [muting, setMuting] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  // The same rule failing in many paragraphs: show the first few, fold the rest behind one line.
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  useEffect(() => setExpanded(new Set()), [report.sha256]);
  useEffect(() => {
    const f = active !== undefined ? report.findings[active] : undefined;
    if (f && !expanded.has(f.ruleId)) setExpanded(new Set([...expanded, f.ruleId]));
  }, [active]);
  const counts = countFindings(report, mutes);
  const groups = groupFindings(report, { show, mutes });
  const label: Record<Bucket, string> = { error: s.errors, warning: s.warnings, review: s.review, info: s.info };
  const canPreview = (i: number) => {
    const l = report.findings[i]?.location;
    return !!l && (l.paragraph !== undefined || l.page !== undefined);
  };

  return (
    <section data-testid="report" data-file={report.file}>
      <div className="bar" data-testid="doc-meta">
        <span>
          {s.docType}: <b data-testid="doc-type">{report.docType ? `${report.docType.name} (${report.docType.code})` : s.docTypeUnknown}</b>
        </span>
        <span>
          {s.pack}:{' '}
          <b data-testid="pack-version">
            {report.ruleSet.id} {report.ruleSet.version}
          </b>
          {pack ? <span className="muted-text"> ({s.packSource[pack.source]})</span> : null}
        </span>
      </div>
      <div className="summary" data-testid="summary">
        {(['error', 'warning', 'review', 'info'] as Bucket[]).map((b) => (
          <label key={b} className={b} title={label[b]}>
            <input type="checkbox" data-testid={`filter-${b}`} checked={show[b]} onChange={(e) => setShow({ ...show, [b]: e.target.checked })} />
            <b data-testid={`count-${b}`}>{counts[b]}</b>
            {label[b]}
          </label>
        ))}
      </div>
      {groups.length === 0 && counts.error + counts.warning + counts.review + counts.info === 0 ? <p className="ok">{s.noFindings}</p> : null}
      {groups.map((g) => (
        <div key={g.component} data-testid="group" data-component={g.component}>
          <h3>
            {componentName(g.component, lang)} <span className="muted-text">({g.items.length})</span>
          </h3>
          {g.items.map(({ index, finding: f, bucket }, k) => {
            const same = g.items.filter((x) => x.finding.ruleId === f.ruleId);
            const nth = same.findIndex((x) => x.index === index);
            const folded = same.length > FOLD_OVER && nth >= FOLD_SHOW && !expanded.has(f.ruleId);
            const foldLine =
              folded && nth === FOLD_SHOW ? (
                <button
                  key={`more-${f.ruleId}-${k}`}
                  className="more"
                  data-testid="more"
                  data-rule={f.ruleId}
                  onClick={() => setExpanded(new Set([...expanded, f.ruleId]))}
                >
                  {lang === 'vi' ? `Hiện thêm ${same.length - FOLD_SHOW} chỗ cùng lỗi` : `Show ${same.length - FOLD_SHOW} more of the same`}
                  {': '}
                  {same
                    .slice(FOLD_SHOW, FOLD_SHOW + 6)
                    .map((x) => placeText(x.finding, s))
                    .filter(Boolean)
                    .join('; ')}
                  {same.length > FOLD_SHOW + 6 ? '; …' : ''}
                </button>
              ) : null;
            return [foldLine,
            <article
              key={index}
              id={`finding-${index}`}
              hidden={folded}
              className={`finding ${bucket}${active === index ? ' active' : ''}`}
              data-finding={index}
              data-rule={f.ruleId}
              data-bucket={bucket}
            >
              <div>{f.message}</div>
              <dl>
                {f.expected ? (<><dt>{s.expected}</dt><dd>{f.expected}</dd></>) : null}
                {f.found ? (<><dt>{s.found}</dt><dd>{f.found}</dd></>) : null}
                {f.legalRef ? (<><dt>{s.legalRef}</dt><dd>{f.legalRef}</dd></>) : null}
                {f.fix ? (<><dt>{s.fix}</dt><dd>{f.fix}</dd></>) : null}
              </dl>
              <div className="bar">
                <span className="rule">{f.ruleId}</span>
                <span className="muted-text">{placeText(f, s)}</span>
                {onShow && canPreview(index) ? (
                  <button data-testid="show" onClick={() => onShow(index)}>
                    {s.showInPreview}
                  </button>
                ) : null}
                {onMute ? (
                  <button data-testid="mute" onClick={() => { setMuting(f.ruleId); setReason(''); }}>
                    {s.mute}
                  </button>
                ) : null}
              </div>
              {muting === f.ruleId ? (
                <form
                  className="bar"
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (!reason.trim()) return;
                    onMute?.(f.ruleId, reason);
                    setMuting(null);
                  }}
                >
                  <input type="text" data-testid="mute-reason" placeholder={s.muteReason} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
                  <button type="submit" className="primary" data-testid="mute-ok" disabled={!reason.trim()}>{s.muteOk}</button>
                  <button type="button" onClick={() => setMuting(null)}>{s.cancel}</button>
                </form>
              ) : null}
            </article>];
          })}
        </div>
      ))}
      {Object.keys(mutes).length ? (
        <div data-testid="muted">
          <h3>{s.muted}</h3>
          <ul>
            {Object.entries(mutes).map(([id, why]) => (
              <li key={id}>
                <code>{id}</code>: {why} {onMute ? <button onClick={() => onMute(id, null)}>{s.unmute}</button> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export { BUCKETS };

/** Fold a rule's findings inside a group when there are more than FOLD_OVER; show FOLD_SHOW. */
const FOLD_OVER = 3;
const FOLD_SHOW = 2;
