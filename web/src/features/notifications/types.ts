/** One notification (`GET /api/notifications`); title and body in the user's saved language. */
export interface NotificationItem {
  id: string;
  event: string;
  title: string;
  body: string;
  /** A path in this app, e.g. `/saker/<id>`. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: NotificationItem[];
  /** Pass as `before` for the next page; null on the last one. */
  nextBefore: string | null;
}

export interface Channels {
  inApp: boolean;
  email: boolean;
}

export interface EventPreference extends Channels {
  event: string;
  /** The event's name for people, in the user's language (from the server's catalogue). */
  label: string;
  defaults: Channels;
}

/** `GET /api/me/notification-preferences`. */
export interface NotificationPreferences {
  events: EventPreference[];
  /** Where e-mail goes; null when the user has no address (patients). */
  emailAddress: string | null;
}
