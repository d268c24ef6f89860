import { FormPage } from './pages/FormPage';
import './forms.css';

/** Plans and forms (ADR 0003), loaded on demand. The server decides who sees a form. */
export function FormRoute() {
  return <FormPage />;
}
