/**
 * Small builders for the shipped model data, so each model file states only what report 002 says.
 * Every coordination strategy the report is silent on stays null (the report does not evaluate,
 * and we never fill a gap with a guess).
 */
import type { CoordinationStrategy, ModelFact, ModelSource } from '../domain/model.js';

/** Report 002 as users cite it, and its file in the project's shared seeds. */
export const REPORT_002 = 'Norut Alta (2013): Samarbeidsmodeller i kommunal legetjeneste';
export const REPORT_002_FILE = '002_13cc1722de309c72.txt';

/** A citation of a section of report 002 with its lines in the seed file. */
export function reportSource(section: string, lines: string, informant: string | null = null, date: string | null = null): ModelSource {
  return { citation: `${REPORT_002}, ${section} (${REPORT_002_FILE} ${lines})`, informant, date };
}

/** The concluding chapter, which names prerequisites and challenges for several models. */
export function chapter4Source(lines: string): ModelSource {
  return reportSource('kap. 4 Avslutning', lines);
}

/** A coordination strategy with the report's known answers; the rest stay null. */
export function coordination(known: Partial<CoordinationStrategy>): CoordinationStrategy {
  return {
    rolesAndResponsibilities: null,
    routines: null,
    writtenGuidelines: null,
    partners: null,
    timeSetAside: null,
    technology: null,
    informationChannels: null,
    communicationChannels: null,
    sharedKnowledge: null,
    conflictSources: null,
    ...known,
  };
}

/** Labelled facts, written as [label, value] pairs to keep the data files readable. */
export function facts(...pairs: [string, string][]): ModelFact[] {
  return pairs.map(([label, value]) => ({ label, value }));
}

/**
 * Chapter 4: long travel to hospital is a central framework condition for four of the five
 * emergency-medicine models (all but the Nordhordland legevakt, which the report says is close).
 */
export const LONG_DISTANCE_PREREQUISITE =
  'Lang reiseavstand til sykehus er en sentral rammebetingelse for utformingen (gjelder fire av de fem akuttmedisinske modellene, kap. 4)';
