// Unknown export headers: the user says which column holds which field, names the layout,
// and the mapping is saved for the next export of the same product.
import { useState } from 'react';
import { FIELD_LABELS } from '../../../rules/register/import.ts';
import { FIELDS, REQUIRED, type ColumnMapping, type Field } from '../../../rules/register/mapping.ts';
import { buildMapping, draftMapping, layoutName, mappingProblems } from '../../lib/register/mappings.ts';

export function MappingStep(props: { file: string; headers: string[]; missing: Field[]; message: string; onDone: (m: ColumnMapping) => void }) {
  const [cols, setCols] = useState<Partial<Record<Field, string>>>(() => draftMapping(props.headers));
  const [name, setName] = useState(() => layoutName(props.file.replace(/\.[^.]+$/, '').replace(/[-_.]?\d.*$/, '')) || 'mau-xuat-khac');
  const [errs, setErrs] = useState<string[]>([]);
  return (
    <section className="mapping" data-testid="mapping-step">
      <h2>Ghép cột cho mẫu xuất chưa biết</h2>
      <p>{props.message}</p>
      <p className="muted-text">
        Chọn cột của tệp ứng với từng thông tin (bắt buộc: {REQUIRED.map((f) => FIELD_LABELS[f]).join(', ')}). Bảng ghép cột được lưu trong trình duyệt
        và dùng lại cho các tệp sau cùng mẫu.
      </p>
      <div className="inputs">
        <label htmlFor="map-name">Tên mẫu xuất</label>
        <input id="map-name" type="text" data-testid="map-name" value={name} onChange={(e) => setName(e.target.value)} />
        {FIELDS.map((f) => (
          <FieldRow key={f} field={f} value={cols[f] ?? ''} headers={props.headers} required={REQUIRED.includes(f)} missing={props.missing.includes(f)} onChange={(v) => setCols((c) => ({ ...c, [f]: v || undefined }))} />
        ))}
      </div>
      {errs.length ? (
        <p className="bad" data-testid="map-errors">
          Còn thiếu: {errs.map((f) => FIELD_LABELS[f as Field]).join(', ')}
        </p>
      ) : null}
      <button
        className="primary"
        data-testid="map-apply"
        onClick={() => {
          const e = mappingProblems(cols);
          setErrs(e);
          if (!e.length) props.onDone(buildMapping(name, cols));
        }}
      >
        Lưu bảng ghép cột và kiểm tra
      </button>
    </section>
  );
}

function FieldRow(p: { field: Field; value: string; headers: string[]; required: boolean; missing: boolean; onChange: (v: string) => void }) {
  return (
    <>
      <label htmlFor={`map-${p.field}`} className={p.missing ? 'bad' : ''}>
        {FIELD_LABELS[p.field]}
        {p.required ? ' *' : ''}
      </label>
      <select id={`map-${p.field}`} data-testid={`map-${p.field}`} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        <option value="">— không có —</option>
        {p.headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </>
  );
}
