import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';

export const NotificationListQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    /** The id of the last notification of the previous page: the next page starts after it. */
    before: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type NotificationListQueryDto = Static<typeof NotificationListQuery>;

export const NotificationItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  event: Type.String(),
  title: Type.String(),
  body: Type.String(),
  link: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  readAt: Nullable(Type.String({ format: 'date-time' })),
});
export type NotificationItemDto = Static<typeof NotificationItem>;

export const NotificationPage = Type.Object({
  items: Type.Array(NotificationItem),
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: Nullable(Type.String({ format: 'uuid' })),
});

export const UnreadCount = Type.Object({ count: Type.Integer({ minimum: 0 }) });
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const MarkedRead = Type.Object({ id: Type.String({ format: 'uuid' }), readAt: Type.String({ format: 'date-time' }) });
export const MarkedAllRead = Type.Object({ marked: Type.Integer({ minimum: 0 }) });

const ChannelsSchema = Type.Object({ inApp: Type.Boolean(), email: Type.Boolean() });

export const PreferencesView = Type.Object({
  events: Type.Array(
    Type.Object({
      event: Type.String(),
      label: Type.String(),
      inApp: Type.Boolean(),
      email: Type.Boolean(),
      defaults: ChannelsSchema,
    }),
  ),
  /** Where e-mails go: the user's directory address; null when there is none (e.g. patients). */
  emailAddress: Nullable(Type.String()),
});

export const PreferencesUpdate = Type.Object(
  {
    // Event names are plain strings here so an unknown one gets its own code
    // (NOTIFICATION_EVENT_UNKNOWN) rather than a generic schema failure.
    preferences: Type.Array(
      Type.Object(
        { event: Type.String({ minLength: 1, maxLength: 60 }), inApp: Type.Boolean(), email: Type.Boolean() },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
export type PreferencesUpdateDto = Static<typeof PreferencesUpdate>;
