/** Schema pieces the outreach parts share (ids, texts, dates, a user's name and role). */
import { Type } from '@sinclair/typebox';
import { Nullable } from '../../../platform/http/schema-types.js';

export { Nullable };
export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
export const IsoDate = Type.String({ format: 'date' });
export const DateTime = Type.String({ format: 'date-time' });
export const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
export const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const MunicipalityNumber = Type.String({ pattern: '^[0-9]{4}$' });
export const strict = { additionalProperties: false } as const;

export const UserSummarySchema = Type.Object({
  userId: Uuid,
  name: Type.String(),
  role: Type.String(),
  organisationName: Nullable(Type.String()),
});
