import type { Grant, Role } from './roles.js';

/** Who is asking: the signed-in user as the access rules see them. */
export interface Actor {
  userId: string;
  role: Role;
  name: string;
  /** The directory person (staff) or citizen (patient) the user is. */
  personId: string | null;
  citizenId: string | null;
  organisationId: string | null;
  organisationName: string | null;
  organisationKind: string | null;
  grants: ReadonlySet<Grant>;
}
