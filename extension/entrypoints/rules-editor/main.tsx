import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import '../../components/editor/editor.css';
import { EditorGuard } from '../../components/editor/Guard.tsx';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(<EditorGuard>{(s) => <App session={s} />}</EditorGuard>);
