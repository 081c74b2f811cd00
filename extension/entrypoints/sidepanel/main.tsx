import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main>
      <h1>Kiểm tra văn bản</h1>
      <p>Chọn hoặc kéo thả tệp .docx/.pdf để kiểm tra thể thức theo Nghị định 30/2020/NĐ-CP.</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
