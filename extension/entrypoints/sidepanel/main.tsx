import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(<App />);
