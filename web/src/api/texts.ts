import type { Lang } from './types';

/** Fallback messages for failures that carry no server message (network, proxy, non-JSON). */
export const clientErrorTexts: Record<Lang, { network: string; unexpected: (status: number) => string }> = {
  nb: {
    network: 'Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.',
    unexpected: (status) => `Noe gikk galt (HTTP ${status}). Prøv igjen senere.`,
  },
  en: {
    network: 'Could not reach the service. Check your connection and try again.',
    unexpected: (status) => `Something went wrong (HTTP ${status}). Please try again later.`,
  },
};
