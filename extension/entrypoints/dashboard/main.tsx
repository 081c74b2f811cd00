import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import '../../components/inspector/inspector.css';
import { Guard } from '../../components/inspector/Guard.tsx';
import { Dashboard } from './Dashboard.tsx';

createRoot(document.getElementById('root')!).render(<Guard>{(s) => <Dashboard session={s} />}</Guard>);
