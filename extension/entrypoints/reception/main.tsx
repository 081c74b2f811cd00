import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import '../../components/reception/reception.css';
import { Reception } from './Reception.tsx';

createRoot(document.getElementById('root')!).render(<Reception />);
