import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from '../../platform/access/roles.js';

export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
export const LangSchema = Type.Union([Type.Literal('nb'), Type.Literal('en')]);

export const OrganisationRef = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  kind: Type.String(),
});

export const DemoUser = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  role: RoleSchema,
  organisation: Type.Union([OrganisationRef, Type.Null()]),
  description: Type.Union([Type.String(), Type.Null()]),
});

export const Me = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  role: RoleSchema,
  organisation: Type.Union([OrganisationRef, Type.Null()]),
  personId: Type.Union([Type.String(), Type.Null()]),
  citizenId: Type.Union([Type.String(), Type.Null()]),
  lang: LangSchema,
  csrfToken: Type.String(),
});
export type MeDto = Static<typeof Me>;

export const DemoSignIn = Type.Object({ userId: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const SignInResult = Type.Object({ user: Me, csrfToken: Type.String() });
export const Preferences = Type.Object({ lang: LangSchema }, { additionalProperties: false });
export const AuthConfig = Type.Object({ demo: Type.Boolean(), oidc: Type.Boolean() });

export const AccessLogEntry = Type.Object({
  at: Type.String({ format: 'date-time' }),
  actorName: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  organisationName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  outcome: Type.String(),
  purpose: Type.String(),
});
