/** For other features: the contacts panel (the inbox places it beside its list). */
export { ContactsPanel } from './components/ContactsPanel';
