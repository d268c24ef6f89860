import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';
import { RoleSchema } from '../auth/schemas.js';

const Uuid = Type.String({ format: 'uuid' });
const IsoDate = Type.String({ format: 'date' });

export const OrganisationKind = Type.Union(
  ['nav_office', 'gp_office', 'municipality', 'hospital', 'employer'].map((k) => Type.Literal(k)),
);
export const ContactPurpose = Type.Union(['nav_contact', 'escalation', 'callback', 'gp_contact', 'other'].map((k) => Type.Literal(k)));
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
export const OpeningHours = Type.Object(
  { weekday: Type.Integer({ minimum: 1, maximum: 7 }), opens: Time, closes: Time },
  { additionalProperties: false },
);
const Address = Type.Object({ street: Nullable(Type.String()), postalCode: Nullable(Type.String()), city: Nullable(Type.String()) });

export const OrgSummary = Type.Object({
  id: Uuid,
  kind: OrganisationKind,
  name: Type.String(),
  orgNumber: Nullable(Type.String()),
  herIds: Type.Array(Type.Integer()),
  city: Nullable(Type.String()),
  municipalityName: Nullable(Type.String()),
  active: Type.Boolean(),
});

export const PersonSummary = Type.Object({
  id: Uuid,
  name: Type.String(),
  hprNumber: Nullable(Type.Integer()),
  positions: Type.Array(Type.Object({ role: Type.String(), title: Type.String(), organisationName: Type.String() })),
  active: Type.Boolean(),
});

export const SearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 100 }),
    type: Type.Optional(Type.Union([Type.Literal('all'), Type.Literal('organisation'), Type.Literal('person')])),
    orgKind: Type.Optional(OrganisationKind),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    includeInactive: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type SearchQueryDto = Static<typeof SearchQuery>;
export const SearchResult = Type.Object({ organisations: Type.Array(OrgSummary), people: Type.Array(PersonSummary) });

const PersonRef = Type.Object({ id: Uuid, name: Type.String(), phone: Nullable(Type.String()), email: Nullable(Type.String()) });
const OrgRef = Type.Object({ id: Uuid, name: Type.String(), kind: OrganisationKind });

export const OrgDetail = Type.Composite([
  OrgSummary,
  Type.Object({
    address: Nullable(Address),
    municipalityNumber: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
    openingHours: Type.Array(OpeningHours),
    contactRoles: Type.Array(Type.Object({ id: Uuid, purpose: ContactPurpose, note: Nullable(Type.String()), person: PersonRef })),
    positions: Type.Array(
      Type.Object({
        id: Uuid,
        role: Type.String(),
        title: Type.String(),
        sharePercent: Type.Integer(),
        validFrom: Type.String(),
        validTo: Nullable(Type.String()),
        person: Type.Object({ id: Uuid, name: Type.String() }),
      }),
    ),
  }),
]);

export const PersonDetail = Type.Object({
  id: Uuid,
  givenName: Type.String(),
  familyName: Type.String(),
  name: Type.String(),
  hprNumber: Nullable(Type.Integer()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  active: Type.Boolean(),
  positions: Type.Array(
    Type.Object({
      id: Uuid,
      role: Type.String(),
      title: Type.String(),
      sharePercent: Type.Integer(),
      validFrom: Type.String(),
      validTo: Nullable(Type.String()),
      organisation: OrgRef,
    }),
  ),
  contactRoles: Type.Array(Type.Object({ id: Uuid, purpose: ContactPurpose, note: Nullable(Type.String()), organisation: OrgRef })),
});

const Phone = Type.String({ maxLength: 30, pattern: '^[+0-9 ()-]{3,30}$' });
const Email = Type.String({ maxLength: 200, format: 'email' });

export const OrganisationInput = Type.Object(
  {
    kind: OrganisationKind,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    orgNumber: Type.Optional(Nullable(Type.String())),
    herIds: Type.Optional(Type.Array(Type.Union([Type.Integer(), Type.String()]), { maxItems: 20 })),
    street: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    postalCode: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{4}$' }))),
    city: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    municipalityNumber: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{4}$' }))),
    municipalityName: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    phone: Type.Optional(Nullable(Phone)),
    email: Type.Optional(Nullable(Email)),
    openingHours: Type.Optional(Type.Array(OpeningHours, { maxItems: 21 })),
  },
  { additionalProperties: false },
);
export type OrganisationInputDto = Static<typeof OrganisationInput>;
export const OrganisationPatch = Type.Composite(
  [Type.Partial(Type.Omit(OrganisationInput, ['kind'])), Type.Object({ active: Type.Optional(Type.Boolean()) })],
  { additionalProperties: false },
);
export type OrganisationPatchDto = Static<typeof OrganisationPatch>;

export const PersonInput = Type.Object(
  {
    givenName: Type.String({ minLength: 1, maxLength: 100 }),
    familyName: Type.String({ minLength: 1, maxLength: 100 }),
    hprNumber: Type.Optional(Nullable(Type.Union([Type.Integer(), Type.String()]))),
    phone: Type.Optional(Nullable(Phone)),
    email: Type.Optional(Nullable(Email)),
  },
  { additionalProperties: false },
);
export type PersonInputDto = Static<typeof PersonInput>;
export const PersonPatch = Type.Composite([Type.Partial(PersonInput), Type.Object({ active: Type.Optional(Type.Boolean()) })], {
  additionalProperties: false,
});
export type PersonPatchDto = Static<typeof PersonPatch>;

export const PositionInput = Type.Object(
  {
    organisationId: Uuid,
    role: RoleSchema,
    title: Type.String({ minLength: 1, maxLength: 100 }),
    sharePercent: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    validFrom: IsoDate,
    validTo: Type.Optional(Nullable(IsoDate)),
  },
  { additionalProperties: false },
);
export type PositionInputDto = Static<typeof PositionInput>;
export const PositionPatch = Type.Partial(Type.Omit(PositionInput, ['organisationId']), { additionalProperties: false });
export type PositionPatchDto = Static<typeof PositionPatch>;

export const ContactRoleInput = Type.Object(
  { personId: Uuid, purpose: ContactPurpose, note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) },
  { additionalProperties: false },
);
export type ContactRoleInputDto = Static<typeof ContactRoleInput>;

export const IdParams = Type.Object({ id: Uuid });
export const Created = Type.Object({ id: Uuid });
export const ImportResult = Type.Object({ imported: Type.Integer() });
