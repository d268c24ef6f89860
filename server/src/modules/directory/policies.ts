import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';

/** Everyone signed in may read the directory; only administrators maintain it. */
export function requireDirectoryAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
}
