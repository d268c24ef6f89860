import { BodyShort, ExpansionCard, List } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { formatDate } from '../../../shared/format';
import { useChecklist } from '../api';
import { checklistPanelTexts } from '../texts';
import type { ChecklistKey } from '../types';

interface Props {
  /** `nav_request_to_gp` beside NAV's request form, `gp_answer_to_nav` beside the GP's answer, `gp_sick_note` beside the sick note. */
  checklistKey: ChecklistKey;
  /** Open from the start (e.g. for someone writing their first request); closed by default. */
  defaultOpen?: boolean;
}

/**
 * The current version of a checklist (huskeliste), collapsible, to place beside a request or an
 * answer: reminders against surplus information and for sharp questions (report 001, Kristiansand).
 */
export function ChecklistPanel({ checklistKey, defaultOpen = false }: Props) {
  const t = useTexts(checklistPanelTexts);
  const lang = useLang();
  const query = useChecklist(checklistKey);
  if (query.isError) return <ApiErrorAlert error={query.error} size="small" />;
  if (!query.data) return null;
  const checklist = query.data;
  const title = checklist.title[lang];
  return (
    <ExpansionCard size="small" aria-label={t.label(title)} defaultOpen={defaultOpen} data-testid="checklist-panel" data-key={checklist.key} data-version={checklist.version}>
      <ExpansionCard.Header>
        <ExpansionCard.Title as="h3" size="small">
          {title}
        </ExpansionCard.Title>
        <ExpansionCard.Description>{t.description(checklist.version, formatDate(checklist.createdAt))}</ExpansionCard.Description>
      </ExpansionCard.Header>
      <ExpansionCard.Content>
        <List size="small">
          {checklist.items.map((item, i) => (
            <List.Item key={i}>
              <BodyShort size="small">{item[lang]}</BodyShort>
            </List.Item>
          ))}
        </List>
      </ExpansionCard.Content>
    </ExpansionCard>
  );
}
