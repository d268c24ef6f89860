import { useTexts } from '../../app/i18n/useTexts';
import { interopLogTexts } from './texts';

type Texts = (typeof interopLogTexts)['nb'];

/** Labels for the log's keys in the current language; an unknown key is shown as sent. */
export function useInteropVocabulary() {
  const t = useTexts(interopLogTexts);
  const lookup = (prefix: string, key: string | null | undefined, fallback?: string): string => {
    if (!key) return fallback ?? '';
    const name = `${prefix}_${key}`;
    return Object.hasOwn(t, name) && typeof t[name as keyof Texts] === 'string' ? (t[name as keyof Texts] as string) : key;
  };
  return {
    direction: (direction: string) => lookup('direction', direction),
    status: (status: string) => lookup('status', status),
    type: (type: string | null) => lookup('type', type, t.typeUnknown),
    transport: (transport: string | null) => lookup('transport', transport),
    envelope: (envelope: string | null) => lookup('envelope', envelope),
  };
}

export type InteropVocabulary = ReturnType<typeof useInteropVocabulary>;

/** The Tag colour of a status: what worked, what waits, what needs someone. */
export function statusColor(status: string): 'neutral' | 'info' | 'success' | 'warning' {
  switch (status) {
    case 'ok':
    case 'stored':
      return 'success';
    case 'sent':
      return 'info';
    case 'rejected':
    case 'failed':
      return 'warning';
    default:
      return 'neutral';
  }
}
