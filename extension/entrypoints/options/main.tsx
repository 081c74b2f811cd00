import { createRoot } from 'react-dom/client';

function Options() {
  return (
    <main>
      <h1>Cài đặt</h1>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Options />);
