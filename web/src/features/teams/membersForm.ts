/** The members form: one row per member and role, with their presence; checks and the request body. */
import { normaliseTime } from '../reachability/format';
import type { FieldErrors } from '../directory-admin/validation';
import { newRowKey } from './teamForm';
import type { teamAdminTexts } from './texts';
import type { MemberCandidate, MemberInput, MemberRole, TeamMember } from './types';

type T = (typeof teamAdminTexts)['nb'];

export interface PresenceValue {
  rowKey: string;
  organisationId: string;
  weekday: number;
  from: string;
  to: string;
}

export interface MemberValue {
  rowKey: string;
  userId: string;
  name: string;
  role: MemberRole;
  presence: PresenceValue[];
}

export const presenceField = (rowKey: string, part: 'office' | 'from' | 'to') => `presence-${rowKey}-${part}`;

export function memberValues(members: TeamMember[]): MemberValue[] {
  return members
    .filter((m) => m.active)
    .map((m) => ({
      rowKey: newRowKey(),
      userId: m.userId,
      name: m.name,
      role: m.role,
      presence: m.presence.map((p) => ({ rowKey: newRowKey(), organisationId: p.organisationId, weekday: p.weekday, from: p.from, to: p.to })),
    }));
}

/** A new member's first role: NAV staff as the team's NAV adviser, everyone else as a therapist (the admin changes it). */
export function newMember(candidate: MemberCandidate): MemberValue {
  const role: MemberRole = candidate.role === 'nav_adviser' || candidate.role === 'nav_manager' ? 'nav_adviser' : 'cognitive_therapist';
  return { rowKey: newRowKey(), userId: candidate.userId, name: candidate.name, role, presence: [] };
}

export function newPresence(organisationId: string): PresenceValue {
  return { rowKey: newRowKey(), organisationId, weekday: 1, from: '08:00', to: '15:30' };
}

export function checkMembers(members: MemberValue[], t: T): { errors: FieldErrors; body: MemberInput[] | null } {
  const errors: FieldErrors = {};
  const body = members.map((member) => ({
    userId: member.userId,
    role: member.role,
    presence: member.presence.map((p) => {
      const from = normaliseTime(p.from);
      const to = normaliseTime(p.to);
      if (!p.organisationId) errors[presenceField(p.rowKey, 'office')] = t.officeRequired;
      if (!from) errors[presenceField(p.rowKey, 'from')] = t.timeInvalid;
      if (!to) errors[presenceField(p.rowKey, 'to')] = t.timeInvalid;
      else if (from && to <= from) errors[presenceField(p.rowKey, 'to')] = t.toBeforeFrom;
      return { organisationId: p.organisationId, weekday: p.weekday, from: from ?? p.from, to: to ?? p.to };
    }),
  }));
  return { errors, body: Object.keys(errors).length > 0 ? null : body };
}
