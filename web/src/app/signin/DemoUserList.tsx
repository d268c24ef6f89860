import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import { useNavigate } from 'react-router-dom';
import { ROLES, type Role } from '../../api/types';
import { ApiErrorAlert } from '../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../shared/components/LoadingState';
import { focusNextPageHeading } from '../../shared/focus';
import { useRoleLabel } from '../i18n/roles';
import { useLang, useTexts } from '../i18n/useTexts';
import { useDemoSignIn, useDemoUsers, type DemoUser } from '../session/api';
import { DemoUserTable } from './DemoUserTable';
import { signInTexts } from './texts';

function groupByRole(users: DemoUser[]): [Role, DemoUser[]][] {
  const order = (role: string) => {
    const index = ROLES.indexOf(role as Role);
    return index === -1 ? ROLES.length : index;
  };
  const groups = new Map<Role, DemoUser[]>();
  for (const user of users) groups.set(user.role, [...(groups.get(user.role) ?? []), user]);
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b));
}

/** Demo mode: the demo users grouped by role; one click signs in and goes home. */
export function DemoUserList() {
  const t = useTexts(signInTexts);
  const lang = useLang();
  const roleLabel = useRoleLabel();
  const navigate = useNavigate();
  const users = useDemoUsers(true);
  const signIn = useDemoSignIn();

  const handleSignIn = (user: DemoUser) => {
    signIn.mutate(
      { userId: user.id, lang },
      {
        onSuccess: () => {
          focusNextPageHeading();
          navigate('/', { replace: true });
        },
      },
    );
  };

  return (
    <VStack gap="space-24" as="section" aria-labelledby="demo-users-heading">
      <div>
        <Heading level="2" size="medium" id="demo-users-heading" spacing>
          {t.demoHeading}
        </Heading>
        <BodyLong>{t.demoIntro}</BodyLong>
      </div>
      {signIn.isError && <ApiErrorAlert error={signIn.error} />}
      {users.isPending && <LoadingState />}
      {users.isError && <ApiErrorAlert error={users.error} />}
      {users.data?.length === 0 && <BodyLong>{t.noDemoUsers}</BodyLong>}
      {users.data &&
        groupByRole(users.data).map(([role, group]) => (
          <VStack gap="space-8" key={role}>
            <Heading level="3" size="small" id={`demo-role-${role}`}>
              {roleLabel(role)}
            </Heading>
            <DemoUserTable
              users={group}
              captionId={`demo-role-${role}`}
              pendingUserId={signIn.isPending ? signIn.variables.userId : undefined}
              onSignIn={handleSignIn}
            />
          </VStack>
        ))}
    </VStack>
  );
}
