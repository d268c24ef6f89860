/** For other features: the national message status of a thread's messages and the Latin-1 check of texts to GPs. */
export { Latin1Notice } from './components/Latin1Notice';
export { NationalStatus } from './components/NationalStatus';
export type { NationalState } from './types';
export { useLatin1Check, type Latin1CheckState } from './useLatin1Check';
