import { Type, type TSchema } from '@sinclair/typebox';

/** A schema that also accepts null (an absent value the API states explicitly). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
