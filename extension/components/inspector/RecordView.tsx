// The inspection record on screen and on paper (A4, Times New Roman, ND 30 layout) — the same
// content (rules/inspection/record.ts) as the .docx.
import type { RecordContent } from '../../../rules/inspection/record.ts';

export function RecordView({ c }: { c: RecordContent }) {
  return (
    <article className="record" data-testid="record">
      <table className="rec-head">
        <tbody>
          <tr>
            <td>
              {c.header.parent && <div>{c.header.parent}</div>}
              {c.header.agency.map((a) => (
                <div key={a}>
                  <b>{a}</b>
                </div>
              ))}
              <hr className="rule short" />
              <div>{c.header.number}</div>
            </td>
            <td>
              <div>
                <b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>
              </div>
              <div className="tieu-ngu">
                <b>Độc lập - Tự do - Hạnh phúc</b>
              </div>
              <hr className="rule" />
              <div>
                <i>{c.header.placeDate}</i>
              </div>
            </td>
          </tr>
        </tbody>
      </table>
      <h2 className="rec-type">{c.typeName}</h2>
      {c.summary.map((s) => (
        <div className="rec-summary" key={s}>
          <b>{s}</b>
        </div>
      ))}
      <hr className="rule long" />
      {c.body.map((b, i) =>
        b.kind === 'p' ? (
          <p key={i} className={b.role ?? ''}>
            {b.bold ? <b>{b.text}</b> : b.text}
          </p>
        ) : (
          <table key={i} className="rec-data">
            <thead>
              <tr>
                {b.head.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((r, k) => (
                <tr key={k}>
                  {r.map((v, j) => (
                    <td key={j}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
      <table className="rec-sign">
        <tbody>
          <tr>
            <td>
              <div className="noi-nhan">
                <b>
                  <i>Nơi nhận:</i>
                </b>
              </div>
              {c.recipients.map((r) => (
                <div key={r} className="noi-nhan-item">
                  {r}
                </div>
              ))}
            </td>
            <td>
              {c.sign.head.map((h) => (
                <div key={h}>
                  <b>{h}</b>
                </div>
              ))}
              <div className="sign-space" />
              <div>
                <b>{c.sign.name}</b>
              </div>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
