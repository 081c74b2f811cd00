import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import { Batch } from './Batch.tsx';

createRoot(document.getElementById('root')!).render(<Batch />);
