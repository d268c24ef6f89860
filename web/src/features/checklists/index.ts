/** For other features: the checklist beside request and answer forms. */
export { ChecklistPanel } from './components/ChecklistPanel';
