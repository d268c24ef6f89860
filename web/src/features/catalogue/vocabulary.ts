import { useLang } from '../../app/i18n/useTexts';
import { FIELD_LABELS, KIND_LABELS, labelOf, SECTION_LABELS, VALUE_LABELS_OF_FIELD } from './texts/vocabulary';

/** The catalogue's labels in the current language: fields by path, values by the field holding them. */
export function useCatalogueVocabulary() {
  const lang = useLang();
  return {
    lang,
    field: (path: string) => labelOf(FIELD_LABELS, path, lang),
    section: (key: string) => labelOf(SECTION_LABELS, key, lang),
    kind: (kind: string) => labelOf(KIND_LABELS, kind, lang),
    /** A value of a typology field (`levels`, `gpRole.intensity` …), or the value itself for free text. */
    value: (field: string, value: string) => {
      const table = VALUE_LABELS_OF_FIELD[field];
      return table ? labelOf(table, value, lang) : value;
    },
    hasValueLabels: (field: string) => field in VALUE_LABELS_OF_FIELD,
  };
}
