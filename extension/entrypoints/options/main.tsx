import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import { Options } from './App.tsx';

createRoot(document.getElementById('root')!).render(<Options />);
