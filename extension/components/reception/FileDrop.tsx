// Drop or pick the dossier's files: .docx, .pdf and images (a photo of a paper), several at once.
import { useRef, useState } from 'react';

export function FileDrop({ hint, onFiles }: { hint: string; onFiles(files: File[]): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop${over ? ' over' : ''}`}
      data-testid="dossier-drop"
      onClick={() => input.current?.click()}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
    >
      {hint}
      <input
        ref={input}
        type="file"
        data-testid="dossier-files"
        multiple
        accept=".docx,.pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,image/*,application/pdf"
        hidden
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
    </div>
  );
}
