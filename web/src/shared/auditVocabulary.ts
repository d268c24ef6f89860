import { defineTexts } from '../app/i18n/texts';
import { useTexts } from '../app/i18n/useTexts';

/** Labels for the audit log's action, outcome and purpose codes. Unknown codes are shown as sent. */
export const auditVocabularyTexts = defineTexts({
  nb: {
    action_read: 'Lest',
    action_list: 'Vist i liste',
    action_search: 'Søk / oppslag',
    action_create: 'Opprettet',
    action_update: 'Endret',
    action_delete: 'Slettet',
    action_import: 'Importert',
    action_sign_in: 'Innlogging',
    action_sign_out: 'Utlogging',
    outcome_allowed: 'Tillatt',
    outcome_denied: 'Avvist',
    purpose_health_care: 'Helsehjelp',
    purpose_sick_leave_follow_up: 'Sykefraværsoppfølging',
    purpose_employer_follow_up: 'Oppfølging fra arbeidsgiver',
    purpose_collaboration_forum: 'Arbeid i samarbeidsforum',
    purpose_professional_arena: 'Møteplasser og kurs',
    purpose_content_editing: 'Redigering av kunnskapsbasen',
    purpose_pulse_survey: 'Spørreundersøkelser (anonyme svar)',
    purpose_insights_statistics: 'Nøkkeltall (statistikk uten personer)',
    purpose_own_data: 'Egne opplysninger',
    purpose_directory_administration: 'Vedlikehold av katalogen',
    purpose_audit_review: 'Kontroll av loggen',
    purpose_authentication: 'Innlogging',
  },
  en: {
    action_read: 'Read',
    action_list: 'Shown in a list',
    action_search: 'Search / look-up',
    action_create: 'Created',
    action_update: 'Changed',
    action_delete: 'Deleted',
    action_import: 'Imported',
    action_sign_in: 'Sign-in',
    action_sign_out: 'Sign-out',
    outcome_allowed: 'Allowed',
    outcome_denied: 'Denied',
    purpose_health_care: 'Health care',
    purpose_sick_leave_follow_up: 'Sick-leave follow-up',
    purpose_employer_follow_up: 'Employer follow-up',
    purpose_collaboration_forum: 'Collaboration forum work',
    purpose_professional_arena: 'Meeting places and courses',
    purpose_content_editing: 'Knowledge base editing',
    purpose_pulse_survey: 'Pulse surveys (anonymous answers)',
    purpose_insights_statistics: 'Key figures (statistics without persons)',
    purpose_own_data: 'Own information',
    purpose_directory_administration: 'Directory administration',
    purpose_audit_review: 'Audit review',
    purpose_authentication: 'Authentication',
  },
});

export interface AuditVocabulary {
  action: (code: string) => string;
  outcome: (code: string) => string;
  purpose: (code: string | null) => string;
}

export function useAuditVocabulary(): AuditVocabulary {
  const labels: Record<string, string> = useTexts(auditVocabularyTexts);
  const label = (prefix: string, code: string | null) => {
    if (!code) return '';
    const key = `${prefix}_${code}`;
    return Object.hasOwn(labels, key) ? (labels[key] ?? code) : code;
  };
  return {
    action: (code) => label('action', code),
    outcome: (code) => label('outcome', code),
    purpose: (code) => label('purpose', code),
  };
}
