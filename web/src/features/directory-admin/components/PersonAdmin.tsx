import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { PersonSections } from '../../directory/components/PersonSections';
import type { PersonDetail, PersonPosition } from '../../directory/types';
import { useUpdatePerson } from '../api';
import { formTexts, personAdminTexts } from '../texts';
import type { PersonInput } from '../types';
import { isCreatedState } from '../types';
import { usePendingFocus } from '../usePendingFocus';
import { changedFields, personBodyOf } from '../validation';
import { ConfirmModal } from './ConfirmModal';
import { EndPositionModal } from './EndPositionModal';
import { PersonForm } from './PersonForm';
import { PositionModal } from './PositionModal';
import { StatusMessage } from './StatusMessage';

type PositionDialog =
  | { kind: 'add' }
  | { kind: 'edit'; position: PersonPosition; opener: HTMLElement }
  | { kind: 'end'; position: PersonPosition; opener: HTMLElement };

/** The "Endre" button of a position's row, found again after the table has re-rendered. */
const editButtonOf = (positionId: string) =>
  document.querySelector<HTMLElement>(`[data-position-action="edit-${CSS.escape(positionId)}"]`);

/**
 * The person page's body for administrators: "Rediger" (an inline form in place of the details),
 * "Deaktiver"/"Aktiver" with a confirmation, and adding, editing and ending positions.
 */
export function PersonAdmin({ person }: { person: PersonDetail }) {
  const t = useTexts(personAdminTexts);
  const form = useTexts(formTexts);
  const saveEdit = useUpdatePerson(person.id);
  const setActive = useUpdatePerson(person.id);
  const focusLater = usePendingFocus();
  const location = useLocation();
  const navigate = useNavigate();
  const headingId = useId();

  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [positionStatus, setPositionStatus] = useState<string | null>(null);
  const [confirmingActive, setConfirmingActive] = useState(false);
  const [dialog, setDialog] = useState<PositionDialog | null>(null);

  const editButton = useRef<HTMLButtonElement>(null);
  const activeButton = useRef<HTMLButtonElement>(null);
  const addPositionButton = useRef<HTMLButtonElement>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  /** Set when "Avslutt" succeeded: the row's "Avslutt" button is about to disappear. */
  const ended = useRef(false);

  // Arriving from "Ny person": say so once, and drop the state so a reload does not repeat it.
  useEffect(() => {
    if (!isCreatedState(location.state)) return;
    setStatus(t.created);
    navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, []);

  const startEditing = () => {
    setStatus(null);
    setEditing(true);
    focusLater(() => editHeading.current);
  };

  const stopEditing = (message: string | null) => {
    setEditing(false);
    setStatus(message);
    focusLater(() => editButton.current);
  };

  const submitEdit = async (body: PersonInput) => {
    const patch = changedFields(body, personBodyOf(person));
    if (Object.keys(patch).length === 0) {
      stopEditing(form.noChanges);
      return;
    }
    await saveEdit.mutateAsync(patch);
    stopEditing(t.saved);
  };

  const confirmActive = () => {
    const activate = !person.active;
    setActive.mutate(
      { active: activate },
      {
        onSuccess: () => {
          setStatus(activate ? t.activated : t.deactivated);
          setConfirmingActive(false);
        },
      },
    );
  };

  const openDialog = (next: PositionDialog) => {
    ended.current = false;
    setPositionStatus(null);
    setDialog(next);
  };

  /** After "Avslutt" its button is gone: focus goes to the row's "Endre". */
  const dialogReturnFocus = (): HTMLElement | null => {
    if (!dialog || dialog.kind === 'add') return addPositionButton.current;
    if (dialog.opener.isConnected && !ended.current) return dialog.opener;
    return editButtonOf(dialog.position.id) ?? addPositionButton.current;
  };

  const editSection = (
    <VStack as="section" gap="space-16" aria-labelledby={headingId}>
      <Heading ref={editHeading} id={headingId} level="2" size="medium" tabIndex={-1} className="focus-target">
        {t.editHeading}
      </Heading>
      <PersonForm
        person={person}
        submitLabel={form.save}
        onSubmit={submitEdit}
        onCancel={() => stopEditing(null)}
        labelledBy={headingId}
      />
    </VStack>
  );

  return (
    <>
      <VStack gap="space-12">
        {!editing && (
          <HStack gap="space-12" role="group" aria-label={t.toolbar}>
            <Button
              ref={editButton}
              type="button"
              variant="secondary"
              size="small"
              icon={<PencilIcon aria-hidden />}
              onClick={startEditing}
            >
              {t.edit}
            </Button>
            <Button
              ref={activeButton}
              type="button"
              variant="secondary"
              size="small"
              onClick={() => {
                setStatus(null);
                setActive.reset();
                setConfirmingActive(true);
              }}
            >
              {person.active ? t.deactivate : t.activate}
            </Button>
          </HStack>
        )}
        <StatusMessage message={status} testId="person-admin-status" />
      </VStack>
      <PersonSections
        person={person}
        replaceDetails={editing ? editSection : undefined}
        positionActions={
          <VStack gap="space-12" align="start">
            <Button
              ref={addPositionButton}
              type="button"
              variant="secondary"
              size="small"
              icon={<PlusIcon aria-hidden />}
              onClick={() => openDialog({ kind: 'add' })}
            >
              {t.addPosition}
            </Button>
            <StatusMessage message={positionStatus} testId="position-admin-status" />
          </VStack>
        }
        positionRowAction={(position) => (
          <HStack gap="space-4" wrap={false}>
            <Button
              type="button"
              variant="tertiary"
              size="small"
              data-position-action={`edit-${position.id}`}
              aria-label={t.editPositionLabel(position.title, position.organisation.name)}
              onClick={(event) => openDialog({ kind: 'edit', position, opener: event.currentTarget })}
            >
              {t.editPosition}
            </Button>
            {!position.validTo && (
              <Button
                type="button"
                variant="tertiary"
                size="small"
                aria-label={t.endPositionLabel(position.title, position.organisation.name)}
                onClick={(event) => openDialog({ kind: 'end', position, opener: event.currentTarget })}
              >
                {t.endPosition}
              </Button>
            )}
          </HStack>
        )}
      />
      <ConfirmModal
        open={confirmingActive}
        heading={person.active ? t.deactivateHeading : t.activateHeading}
        body={person.active ? t.deactivateBody(person.name) : t.activateBody(person.name)}
        confirmLabel={person.active ? t.confirmDeactivate : t.confirmActivate}
        variant={person.active ? 'danger' : 'primary'}
        pending={setActive.isPending}
        error={setActive.error}
        onConfirm={confirmActive}
        onClose={() => setConfirmingActive(false)}
        returnFocusTo={() => activeButton.current}
      />
      {dialog?.kind === 'add' && (
        <PositionModal
          personId={person.id}
          onClose={() => setDialog(null)}
          onSaved={setPositionStatus}
          returnFocusTo={dialogReturnFocus}
        />
      )}
      {dialog?.kind === 'edit' && (
        <PositionModal
          personId={person.id}
          position={dialog.position}
          onClose={() => setDialog(null)}
          onSaved={setPositionStatus}
          returnFocusTo={dialogReturnFocus}
        />
      )}
      {dialog?.kind === 'end' && (
        <EndPositionModal
          position={dialog.position}
          onClose={() => setDialog(null)}
          onSaved={(message) => {
            ended.current = true;
            setPositionStatus(message);
          }}
          returnFocusTo={dialogReturnFocus}
        />
      )}
    </>
  );
}
