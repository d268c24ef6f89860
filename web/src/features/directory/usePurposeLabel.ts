import { useTexts } from '../../app/i18n/useTexts';
import { purposeTexts } from './texts';

/** Contact-role purpose label in the current language; unknown purposes are shown as sent. */
export function usePurposeLabel(): (purpose: string) => string {
  const labels: Record<string, string> = useTexts(purposeTexts);
  return (purpose) => (Object.hasOwn(labels, purpose) ? (labels[purpose] ?? purpose) : purpose);
}
