import { BodyShort, Button, Detail, Table } from '@navikt/ds-react';
import type { DemoUser } from '../session/api';
import { useRoleLabel } from '../i18n/roles';
import { useTexts } from '../i18n/useTexts';
import { commonTexts } from '../../shared/texts';
import { signInTexts } from './texts';

interface Props {
  users: DemoUser[];
  captionId: string;
  pendingUserId: string | undefined;
  onSignIn: (user: DemoUser) => void;
}

/** The demo users of one role, each with a "Logg inn som <name>" button. */
export function DemoUserTable({ users, captionId, pendingUserId, onSignIn }: Props) {
  const t = useTexts(signInTexts);
  const common = useTexts(commonTexts);
  const roleLabel = useRoleLabel();
  return (
    <Table size="small" aria-labelledby={captionId} className="demo-users">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{common.name}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{common.role}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{common.organisation}</Table.HeaderCell>
          <Table.HeaderCell scope="col">
            <span className="aksel-sr-only">{t.signInColumn}</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {users.map((user) => (
          <Table.Row key={user.id}>
            <Table.DataCell>
              <BodyShort weight="semibold">{user.name}</BodyShort>
              {user.description && <Detail textColor="subtle">{user.description}</Detail>}
            </Table.DataCell>
            <Table.DataCell>{roleLabel(user.role)}</Table.DataCell>
            <Table.DataCell>{user.organisation?.name ?? t.noOrganisation}</Table.DataCell>
            <Table.DataCell align="right">
              <Button
                type="button"
                size="small"
                variant="secondary"
                loading={pendingUserId === user.id}
                disabled={pendingUserId !== undefined && pendingUserId !== user.id}
                onClick={() => onSignIn(user)}
              >
                {t.signInAs(user.name)}
              </Button>
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
