import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import '../../components/inspector/inspector.css';
import { Guard } from '../../components/inspector/Guard.tsx';
import { Inspection } from './Inspection.tsx';

createRoot(document.getElementById('root')!).render(<Guard>{(s) => <Inspection session={s} />}</Guard>);
