import type { Me } from '../../api/types';
import type { BodyDetail } from './types';

/**
 * Whether the UI offers the leader's and secretary's actions (triage, meetings, publishing). The
 * server decides; this only keeps buttons away from those who would be refused.
 */
export function canManageBody(me: Me, body: Pick<BodyDetail, 'canManage' | 'myRole'>): boolean {
  if (typeof body.canManage === 'boolean') return body.canManage;
  return me.role === 'admin' || body.myRole === 'admin' || body.myRole === 'leader' || body.myRole === 'secretary';
}

/** Today in Norway as `YYYY-MM-DD`. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}

/** 1 January of this year as `YYYY-MM-DD`. */
export function startOfYearIso(): string {
  return `${todayIso().slice(0, 4)}-01-01`;
}
