import type { CreatedTask } from './types';

/** Router state from "Send sykmelding" to the case page: the tasks the note created. */
export interface IssuedState {
  issued: true;
  tasks: CreatedTask[];
}

export function isIssuedState(state: unknown): state is IssuedState {
  return typeof state === 'object' && state !== null && (state as IssuedState).issued === true && Array.isArray((state as IssuedState).tasks);
}
