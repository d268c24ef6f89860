/**
 * How far a visit round has come, per municipality and in total: the map-free summary of issue 10
 * point 3. Pure: the caller passes each office's municipality and stage.
 */
import type { VisitStage } from '../../../../platform/db/schema-arena-outreach.js';

export interface CoverageRow {
  municipalityNumber: string;
  municipalityName: string | null;
  offices: number;
  /** Any stage past "not contacted", declined included: someone has reached out. */
  contacted: number;
  /** A time is agreed and the visit is still to come. */
  booked: number;
  done: number;
  declined: number;
  /** Share of the offices visited, in whole percent (0 when there are no offices). */
  shareDonePercent: number;
}

export interface CoverageInput {
  municipalityNumber: string;
  municipalityName: string | null;
  stage: VisitStage;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

function summarise(municipalityNumber: string, municipalityName: string | null, stages: VisitStage[]): CoverageRow {
  const count = (stage: VisitStage) => stages.filter((s) => s === stage).length;
  const done = count('done');
  return {
    municipalityNumber,
    municipalityName,
    offices: stages.length,
    contacted: stages.length - count('not_contacted'),
    booked: count('booked'),
    done,
    declined: count('declined'),
    shareDonePercent: share(done, stages.length),
  };
}

/** One row per municipality (by number), and the total over the whole round. */
export function coverageSummary(offices: readonly CoverageInput[]): { municipalities: CoverageRow[]; total: CoverageRow } {
  const groups = new Map<string, { name: string | null; stages: VisitStage[] }>();
  for (const office of offices) {
    const group = groups.get(office.municipalityNumber) ?? { name: office.municipalityName, stages: [] };
    group.stages.push(office.stage);
    groups.set(office.municipalityNumber, group);
  }
  const municipalities = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([number, group]) => summarise(number, group.name, group.stages));
  return { municipalities, total: summarise('', null, offices.map((o) => o.stage)) };
}
