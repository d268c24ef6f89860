import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';
import { URGENCIES } from './domain/callback.js';
import { SPECIALTY_CODES } from './domain/specialties.js';

const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const Localised = Type.Object({ nb: Type.String(), en: Type.String() });

export const IdParams = Type.Object({ id: Uuid });
export const OpeningHours = Type.Object({ weekday: Type.Integer({ minimum: 1, maximum: 7 }), opens: Time, closes: Time });
const LineStatus = { openNow: Type.Boolean(), nextOpensAt: Nullable(Instant) };

// ── Contacts ────────────────────────────────────────────────────────────────────────────────────

const Contact = Type.Object({
  personId: Uuid,
  name: Type.String(),
  title: Nullable(Type.String()),
  organisationName: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  note: Nullable(Type.String()),
});

export const OnCallPerson = Type.Object({
  shiftId: Uuid,
  personId: Uuid,
  name: Type.String(),
  county: Type.String(),
  phone: Nullable(Type.String()),
  startsAt: Instant,
  endsAt: Instant,
  note: Nullable(Type.String()),
});

export const Contacts = Type.Object({
  gpOffice: Type.Object({ id: Uuid, name: Type.String() }),
  navOffice: Nullable(
    Type.Object({ id: Uuid, name: Type.String(), phone: Nullable(Type.String()), email: Nullable(Type.String()), openingHours: Type.Array(OpeningHours), ...LineStatus }),
  ),
  navContacts: Type.Array(Contact),
  escalationContacts: Type.Array(Contact),
  callbackContacts: Type.Array(Contact),
  clinicianLine: Type.Object({ name: Localised, phone: Nullable(Type.String()), openingHours: Type.Array(OpeningHours), ...LineStatus }),
  onCall: Type.Array(OnCallPerson),
});

export const ContactsQuery = Type.Object({ gpOfficeId: Type.Optional(Uuid) }, { additionalProperties: false });

// ── Advisory physicians and the rota ────────────────────────────────────────────────────────────

export const SpecialtyCode = Type.Union(SPECIALTY_CODES.map((c) => Type.Literal(c)));
export const PhysicianQuery = Type.Object(
  { county: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), specialty: Type.Optional(SpecialtyCode) },
  { additionalProperties: false },
);
const Specialty = Type.Object({ code: Type.String(), label: Type.String() });
export const PhysicianDirectory = Type.Object({
  items: Type.Array(
    Type.Object({
      personId: Uuid,
      name: Type.String(),
      title: Nullable(Type.String()),
      organisationName: Nullable(Type.String()),
      county: Type.String(),
      specialties: Type.Array(Specialty),
      navOffices: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
      phone: Nullable(Type.String()),
      email: Nullable(Type.String()),
      onCallUntil: Nullable(Instant),
    }),
  ),
  counties: Type.Array(Type.String()),
  specialties: Type.Array(Specialty),
});

export const AtQuery = Type.Object({ at: Type.Optional(Instant) }, { additionalProperties: false });
export const ShiftQuery = Type.Object({ from: Instant, to: Instant }, { additionalProperties: false });
export const Shift = Type.Object({
  id: Uuid,
  personId: Uuid,
  name: Type.String(),
  county: Type.String(),
  startsAt: Instant,
  endsAt: Instant,
  note: Nullable(Type.String()),
});
export const ShiftInput = Type.Object(
  { personId: Uuid, startsAt: Instant, endsAt: Instant, note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) },
  { additionalProperties: false },
);
export type ShiftInputDto = Static<typeof ShiftInput>;

// ── Call-back requests ──────────────────────────────────────────────────────────────────────────

export const Urgency = Type.Union(URGENCIES.map((u) => Type.Literal(u)));
const PreferredTime = Type.Object({ from: Instant, to: Instant }, { additionalProperties: false });
export const CallbackInput = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
    urgency: Urgency,
    preferredTimes: Type.Optional(Type.Array(PreferredTime, { maxItems: 5 })),
    preferredNote: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    phone: Type.String({ minLength: 1, maxLength: 30 }),
  },
  { additionalProperties: false },
);
export type CallbackInputDto = Static<typeof CallbackInput>;
// Printable ASCII, as for HTTP header values clients generate (UUIDs, ULIDs, hashes).
export const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7E]+$' })) });
export const OutcomeInput = Type.Object({ outcome: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });

export const CallbackStatus = Type.Union(['requested', 'claimed', 'called_back', 'no_answer', 'cancelled'].map((s) => Type.Literal(s)));
export const CallbackView = Type.Object({
  id: Uuid,
  caseId: Uuid,
  citizen: Type.Object({ id: Uuid, name: Nullable(Type.String()) }),
  requester: Type.Object({ userId: Uuid, name: Type.String(), officeName: Nullable(Type.String()) }),
  phone: Type.String(),
  reason: Type.String(),
  urgency: Urgency,
  preferredTimes: Type.Array(Type.Object({ from: Instant, to: Instant })),
  preferredNote: Nullable(Type.String()),
  status: CallbackStatus,
  claimedBy: Nullable(Type.Object({ userId: Uuid, name: Type.String() })),
  claimedAt: Nullable(Instant),
  outcome: Nullable(Type.String()),
  noAnswerCount: Type.Integer(),
  county: Nullable(Type.String()),
  navOffice: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  createdAt: Instant,
  updatedAt: Instant,
  closedAt: Nullable(Instant),
  history: Type.Array(Type.Object({ status: CallbackStatus, at: Instant, by: Nullable(Type.String()) })),
});
export const CallbackList = Type.Array(CallbackView);
export const CallbackQueue = Type.Object({
  items: Type.Array(Type.Composite([CallbackView, Type.Object({ callableFrom: Instant })])),
  onCall: Type.Array(OnCallPerson),
  youAreOnCall: Type.Boolean(),
  area: Type.Object({ county: Nullable(Type.String()), navOffices: Type.Array(Type.Object({ id: Uuid, name: Type.String() })) }),
});

// ── Checklists ──────────────────────────────────────────────────────────────────────────────────

export const ChecklistKeyParams = Type.Object({ key: Type.String({ pattern: '^[a-z][a-z0-9_]{1,59}$' }) });
// Generous limits here so the domain rules can answer with their own codes (CHECKLIST_TOO_LONG).
const ChecklistItemIn = Type.Object({ nb: Type.String({ maxLength: 5000 }), en: Type.String({ maxLength: 5000 }) }, { additionalProperties: false });
export const ChecklistVersionInput = Type.Object(
  { items: Type.Array(ChecklistItemIn, { maxItems: 200 }), published: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type ChecklistVersionInputDto = Static<typeof ChecklistVersionInput>;
const ChecklistItem = Type.Object({ nb: Type.String(), en: Type.String() });
export const ChecklistView = Type.Object({
  key: Type.String(),
  audience: Type.Union([Type.Literal('gp'), Type.Literal('nav')]),
  title: Localised,
  version: Type.Integer(),
  createdAt: Instant,
  items: Type.Array(ChecklistItem),
});
export const ChecklistSummary = Type.Array(
  Type.Object({ key: Type.String(), audience: Type.Union([Type.Literal('gp'), Type.Literal('nav')]), title: Localised, currentVersion: Nullable(Type.Integer()), latestVersion: Type.Integer() }),
);
export const ChecklistVersions = Type.Array(
  Type.Object({ version: Type.Integer(), published: Type.Boolean(), createdAt: Instant, createdBy: Nullable(Type.String()), items: Type.Array(ChecklistItem) }),
);
