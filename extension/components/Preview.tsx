// Preview with the findings' places marked: .docx as mammoth HTML, .pdf as pdf.js canvases.
// Clicking a mark jumps to its finding in the list; the list's "show place" jumps here.
import { useEffect, useRef, useState } from 'react';
import type { Report } from '../../rules/report.ts';
import { BLOCK_SELECTOR, findBlock } from '../lib/docx-marks.ts';
import { renderPdf, type RenderedPage } from '../lib/pdf-render.ts';

interface Props {
  report: Report;
  lang?: 'vi' | 'en';
  html?: string;
  bytes?: Uint8Array;
  active?: number;
  /** Findings currently listed (muted/filtered ones get no mark). */
  visible: Set<number>;
  onPick(index: number): void;
}

export function Preview({ report, lang = 'vi', html, bytes, active, visible, onPick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [unshown, setUnshown] = useState<number | null>(null);
  const [pages, setPages] = useState<RenderedPage[]>([]);
  const [error, setError] = useState<string | null>(null);

  // PDF: render pages once per document.
  useEffect(() => {
    setPages([]);
    setError(null);
    if (report.format !== 'pdf' || !bytes) return;
    let live = true;
    const width = Math.max(280, (box.current?.clientWidth ?? 400) - 20);
    renderPdf(bytes, width, 30, (p) => live && setPages((ps) => [...ps, p])).catch((e) => live && setError(String(e?.message ?? e)));
    return () => {
      live = false;
    };
  }, [report.sha256, report.format, bytes]);

  // DOCX: mark the blocks the findings point at.
  useEffect(() => {
    const root = box.current?.querySelector('.docx');
    if (!root) return;
    const blocks = [...root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)];
    for (const b of blocks) {
      b.classList.remove('nd30-mark', 'active');
      delete b.dataset.findings;
    }
    report.findings.forEach((f, i) => {
      if (!visible.has(i) || !f.location || f.location.paragraph === undefined) return;
      const at = findBlock(blocks, f.location.paragraph, f.location.text);
      if (at < 0) return;
      const el = blocks[at]!;
      el.classList.add('nd30-mark');
      el.dataset.findings = [el.dataset.findings, String(i)].filter(Boolean).join(' ');
    });
  }, [html, report, visible]);

  // Scroll the active finding's mark into view.
  useEffect(() => {
    if (active === undefined || !box.current) return;
    const marks = [...box.current.querySelectorAll<HTMLElement>('.nd30-mark')];
    for (const m of marks) m.classList.remove('active');
    const mine = marks.filter((m) => (m.dataset.findings ?? '').split(' ').includes(String(active)));
    for (const m of mine) m.classList.add('active');
    mine[0]?.scrollIntoView({ block: 'center' });
    // Text boxes, headers and footers are not in mammoth's HTML: say so instead of marking a wrong place.
    setUnshown(mine.length || (report.format === 'pdf' && pages.length === 0) ? null : active);
  }, [active, pages.length, html]);

  const pick = (e: React.MouseEvent) => {
    const m = (e.target as HTMLElement).closest<HTMLElement>('.nd30-mark');
    const first = m?.dataset.findings?.split(' ')[0];
    if (first !== undefined) onPick(Number(first));
  };

  return (
    <div className="preview" ref={box} data-testid="preview" onClick={pick}>
      {unshown !== null ? (
        <p className="note" data-testid="no-mark" style={{ position: 'sticky', top: 0, margin: 0, zIndex: 3 }}>
          {lang === 'vi'
            ? `Bản xem trước không hiển thị được vị trí này (khung văn bản, đầu trang hoặc chân trang)${report.findings[unshown]?.location?.text ? `: "${report.findings[unshown]!.location!.text}"` : ''}.`
            : `The preview cannot show this place (text box, header or footer)${report.findings[unshown]?.location?.text ? `: "${report.findings[unshown]!.location!.text}"` : ''}.`}
        </p>
      ) : null}
      {report.format === 'docx' && html !== undefined ? <div className="docx" dangerouslySetInnerHTML={{ __html: html }} /> : null}
      {report.format === 'pdf'
        ? pages.map((p) => (
            <PdfPage key={p.number} page={p} report={report} visible={visible} />
          ))
        : null}
      {error ? <p className="warn">{error}</p> : null}
    </div>
  );
}

function PdfPage({ page, report, visible }: { page: RenderedPage; report: Report; visible: Set<number> }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    holder.current?.prepend(page.canvas);
  }, [page]);
  const marks = report.findings
    .map((f, i) => ({ f, i }))
    .filter(({ f, i }) => visible.has(i) && f.location?.page === page.number);
  return (
    <div className="pdf-page" ref={holder} data-page={page.number} style={{ width: page.width, height: page.height }}>
      {marks.map(({ f, i }) => {
        // bbox in PDF points, origin top-left (report.md); no bbox: outline the whole page.
        const [x0, y0, x1, y1] = f.location!.bbox ?? [0, 0, page.width / page.scale, page.height / page.scale];
        const pad = 2;
        return (
          <div
            key={i}
            className="nd30-mark"
            data-findings={String(i)}
            title={f.message}
            style={{
              left: x0 * page.scale - pad,
              top: y0 * page.scale - pad,
              width: Math.max(4, (x1 - x0) * page.scale + 2 * pad),
              height: Math.max(4, (y1 - y0) * page.scale + 2 * pad),
              background: f.location!.bbox ? undefined : 'transparent',
            }}
          />
        );
      })}
    </div>
  );
}
