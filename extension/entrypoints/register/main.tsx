import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import '../../components/register/register.css';
import { Register } from './Register.tsx';

createRoot(document.getElementById('root')!).render(<Register />);
