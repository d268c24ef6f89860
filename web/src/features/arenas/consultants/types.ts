/** Practice consultants' API types (server: modules/arenas/consultants/schemas.ts). */
import type { UserSummary } from '../visits/types';

export interface Post {
  id: string;
  holder: UserSummary;
  sharePercent: number;
  hostOrganisation: { id: string; name: string };
  periodFrom: string;
  periodTo: string | null;
  honorariumPercent: number;
  baseNokPerHour: number | null;
  note: string;
}

export interface PostList {
  posts: Post[];
  canCreate: boolean;
}

export interface PostDetail extends Post {
  canManage: boolean;
  canLog: boolean;
  arenas: Array<{ id: string; kind: string; title: string; status: string }>;
  from: string;
  to: string;
  hours: Array<{ id: string; workedOn: string; hours: number; activity: string; arenaId: string | null; arenaTitle: string | null }>;
  honoraria: {
    months: Array<{ month: string; hours: number; honorariumNok: number | null }>;
    totalHours: number;
    totalHonorariumNok: number | null;
    ratePerHourNok: number | null;
    honorariumPercent: number;
    baseNokPerHour: number | null;
  };
}

export interface PostInput {
  userId: string;
  sharePercent: number;
  hostOrganisationId: string;
  periodFrom: string;
  periodTo?: string | null;
  honorariumPercent?: number;
  baseNokPerHour?: number | null;
  note?: string;
}

export interface HoursInput {
  workedOn: string;
  hours: number;
  activity: string;
  arenaId?: string | null;
}

export interface PostOptions {
  holders: UserSummary[];
  hosts: Array<{ id: string; name: string; kind: string }>;
}
