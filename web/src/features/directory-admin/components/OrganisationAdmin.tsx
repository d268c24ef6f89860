import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { OrganisationSections } from '../../directory/components/OrganisationSections';
import type { OrgContactRole, OrgDetail } from '../../directory/types';
import { usePurposeLabel } from '../../directory/usePurposeLabel';
import { useRemoveContactRole, useUpdateOrganisation } from '../api';
import { formTexts, organisationAdminTexts } from '../texts';
import { isCreatedState } from '../types';
import { usePendingFocus } from '../usePendingFocus';
import { changedFields, organisationBodyOf } from '../validation';
import { AddContactRoleModal } from './AddContactRoleModal';
import { ConfirmModal } from './ConfirmModal';
import { OrganisationForm, type OrganisationBody } from './OrganisationForm';
import { StatusMessage } from './StatusMessage';

/**
 * The organisation page's body for administrators: "Rediger" (an inline form in place of the
 * details), "Deaktiver"/"Aktiver" with a confirmation, and adding or removing contact people.
 */
export function OrganisationAdmin({ org }: { org: OrgDetail }) {
  const t = useTexts(organisationAdminTexts);
  const form = useTexts(formTexts);
  const purposeLabel = usePurposeLabel();
  const saveEdit = useUpdateOrganisation(org.id);
  const setActive = useUpdateOrganisation(org.id);
  const removeContactRole = useRemoveContactRole();
  const focusLater = usePendingFocus();
  const location = useLocation();
  const navigate = useNavigate();
  const headingId = useId();

  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [contactStatus, setContactStatus] = useState<string | null>(null);
  const [confirmingActive, setConfirmingActive] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  const [removing, setRemoving] = useState<OrgContactRole | null>(null);

  const editButton = useRef<HTMLButtonElement>(null);
  const activeButton = useRef<HTMLButtonElement>(null);
  const addContactButton = useRef<HTMLButtonElement>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const removeOpener = useRef<HTMLElement | null>(null);

  // Arriving from "Ny organisasjon": say so once, and drop the state so a reload does not repeat it.
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

  const submitEdit = async ({ kind: _kind, ...body }: OrganisationBody) => {
    const patch = changedFields(body, organisationBodyOf(org));
    if (Object.keys(patch).length === 0) {
      stopEditing(form.noChanges);
      return;
    }
    await saveEdit.mutateAsync(patch);
    stopEditing(t.saved);
  };

  const confirmActive = () => {
    const activate = !org.active;
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

  const confirmRemove = () => {
    if (!removing) return;
    const name = removing.person.name;
    removeContactRole.mutate(removing.id, {
      onSuccess: () => {
        removeOpener.current = null; // its row is gone: focus goes to "Legg til kontaktperson"
        setContactStatus(t.contactRemoved(name));
        setRemoving(null);
      },
    });
  };

  const editSection = (
    <VStack as="section" gap="space-16" aria-labelledby={headingId}>
      <Heading ref={editHeading} id={headingId} level="2" size="medium" tabIndex={-1} className="focus-target">
        {t.editHeading}
      </Heading>
      <OrganisationForm
        org={org}
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
              {org.active ? t.deactivate : t.activate}
            </Button>
          </HStack>
        )}
        <StatusMessage message={status} testId="organisation-admin-status" />
      </VStack>
      <OrganisationSections
        org={org}
        replaceDetails={editing ? editSection : undefined}
        contactActions={
          <VStack gap="space-12" align="start">
            <Button
              ref={addContactButton}
              type="button"
              variant="secondary"
              size="small"
              icon={<PlusIcon aria-hidden />}
              onClick={() => {
                setContactStatus(null);
                setAddingContact(true);
              }}
            >
              {t.addContact}
            </Button>
            <StatusMessage message={contactStatus} testId="contact-admin-status" />
          </VStack>
        }
        contactRowAction={(role) => (
          <Button
            type="button"
            variant="tertiary"
            size="small"
            aria-label={t.removeContactLabel(role.person.name, purposeLabel(role.purpose))}
            onClick={(event) => {
              removeOpener.current = event.currentTarget;
              setContactStatus(null);
              removeContactRole.reset();
              setRemoving(role);
            }}
          >
            {t.removeContact}
          </Button>
        )}
      />
      <ConfirmModal
        open={confirmingActive}
        heading={org.active ? t.deactivateHeading : t.activateHeading}
        body={org.active ? t.deactivateBody(org.name) : t.activateBody(org.name)}
        confirmLabel={org.active ? t.confirmDeactivate : t.confirmActivate}
        variant={org.active ? 'danger' : 'primary'}
        pending={setActive.isPending}
        error={setActive.error}
        onConfirm={confirmActive}
        onClose={() => setConfirmingActive(false)}
        returnFocusTo={() => activeButton.current}
      />
      <AddContactRoleModal
        organisationId={org.id}
        open={addingContact}
        onClose={() => setAddingContact(false)}
        onAdded={setContactStatus}
        returnFocusTo={() => addContactButton.current}
      />
      <ConfirmModal
        open={removing !== null}
        heading={t.removeContactHeading}
        body={removing ? t.removeContactBody(removing.person.name, purposeLabel(removing.purpose)) : ''}
        confirmLabel={t.confirmRemove}
        variant="danger"
        pending={removeContactRole.isPending}
        error={removeContactRole.error}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
        returnFocusTo={() => removeOpener.current ?? addContactButton.current}
      />
    </>
  );
}
