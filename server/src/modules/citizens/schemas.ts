import { Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';

const Ref = Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() });
const Protection = Type.Union([Type.Literal('none'), Type.Literal('fortrolig'), Type.Literal('strengt_fortrolig')]);

export const CitizenListQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 100 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) },
  { additionalProperties: false },
);

export const CitizenSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  birthDate: Type.String(),
  municipalityName: Nullable(Type.String()),
  regularGp: Nullable(Ref),
  navOffice: Nullable(Ref),
  protection: Protection,
  shielded: Type.Boolean(),
});

export const CitizenDetail = Type.Object({
  id: Type.String({ format: 'uuid' }),
  fnr: Type.String(),
  name: Type.String(),
  givenName: Type.String(),
  familyName: Type.String(),
  birthDate: Type.String(),
  address: Nullable(Type.Object({ street: Nullable(Type.String()), postalCode: Nullable(Type.String()), city: Nullable(Type.String()) })),
  addressProtected: Type.Boolean(),
  municipalityName: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  protection: Protection,
  shielded: Type.Boolean(),
  regularGp: Nullable(Ref),
  gpOffice: Nullable(Ref),
  navOffice: Nullable(Ref),
  employer: Nullable(Ref),
});

export const LookupResult = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const LookupHeaders = Type.Object({ 'nav-personident': Type.Optional(Type.String()) });
