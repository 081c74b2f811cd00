// Drop or pick files (several at once): .docx/.pdf documents by default; pages pass their own types.
import { useRef, useState } from 'react';

const DOCUMENTS = '.docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function DropZone({
  hint,
  onFiles,
  accept = DOCUMENTS,
  testId = 'drop',
  inputTestId = 'file-input',
}: {
  hint: string;
  onFiles(files: File[]): void;
  accept?: string;
  testId?: string;
  inputTestId?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop${over ? ' over' : ''}`}
      data-testid={testId}
      role="button"
      tabIndex={0}
      onClick={() => input.current?.click()}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          input.current?.click();
        }
      }}
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
        data-testid={inputTestId}
        multiple
        accept={accept}
        hidden
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
    </div>
  );
}
