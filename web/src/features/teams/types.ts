/**
 * Teams and referrals as the web reads them (issue 8, docs/adr/0004-teams.md). The code values
 * mirror `server/src/platform/db/schema-teams.ts`; the shapes follow the TypeBox response schemas
 * in `server/src/modules/teams/routes-*.ts`, `referrals/schemas.ts` and `courses/schemas.ts`.
 */
export * from './types/codes';
export * from './types/teams';
export * from './types/referrals';
export * from './types/course';
export * from './types/mine';
