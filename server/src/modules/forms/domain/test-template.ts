import type { FormTemplate } from './template.js';

/**
 * A small template with every field type, conditions and visibility marks, shared by the tests
 * of values, conditions and rendering (not shipped).
 */
const l = (nb: string, en = nb) => ({ nb, en });

export const SAMPLE: FormTemplate = {
  key: 'sample',
  version: 1,
  title: l('Prøveskjema', 'Sample form'),
  visibility: { employerVisible: true },
  sections: [
    {
      id: 'main',
      title: l('Hoveddel', 'Main part'),
      fields: [
        { id: 'name', type: 'text', maxLength: 10, required: true, label: l('Navn', 'Name') },
        {
          id: 'working',
          type: 'choice',
          required: true,
          label: l('Jobber du nå?', 'Are you working now?'),
          options: [
            { value: 'yes', label: l('Ja', 'Yes') },
            { value: 'partly', label: l('Delvis', 'Partly') },
            { value: 'no', label: l('Nei', 'No') },
          ],
        },
        { id: 'share', type: 'scale', min: 0, max: 100, step: 10, required: true, condition: { field: 'working', oneOf: ['partly'] }, label: l('Andel', 'Share'), labels: { min: l('ingen'), max: l('alt') } },
        { id: 'why', type: 'text', maxLength: 50, required: true, condition: { field: 'working', equals: 'no' }, label: l('Hvorfor ikke?', 'Why not?') },
        { id: 'whyMore', type: 'text', maxLength: 50, required: true, condition: { field: 'why', answered: true }, label: l('Utdyp', 'Say more') },
        { id: 'from', type: 'date', label: l('Fra', 'From') },
        {
          id: 'aids',
          type: 'choice',
          multiple: true,
          label: l('Hjelpemidler', 'Aids'),
          options: [
            { value: 'chair', label: l('Stol', 'Chair') },
            { value: 'lift', label: l('Heis', 'Lift') },
          ],
        },
        {
          id: 'tasks',
          type: 'table',
          required: true,
          minRows: 2,
          maxRows: 3,
          label: l('Oppgaver', 'Tasks'),
          columns: [
            { id: 'task', type: 'text', maxLength: 20, required: true, label: l('Oppgave', 'Task') },
            { id: 'ok', type: 'choice', label: l('Går det?', 'Possible?'), options: [{ value: 'yes', label: l('Ja', 'Yes') }, { value: 'no', label: l('Nei', 'No') }] },
            { id: 'load', type: 'scale', min: 1, max: 5, step: 0.5, label: l('Belastning', 'Load'), labels: { min: l('lav'), max: l('høy') } },
            { id: 'due', type: 'date', label: l('Frist', 'Due') },
          ],
        },
      ],
    },
    {
      id: 'health',
      title: l('Helse', 'Health'),
      visibility: { medical: true },
      fields: [{ id: 'symptoms', type: 'text', maxLength: 200, label: l('Plager', 'Symptoms') }],
    },
    {
      id: 'partTime',
      title: l('Delvis i jobb', 'Partly at work'),
      condition: { field: 'working', equals: 'partly' },
      fields: [{ id: 'partNote', type: 'text', maxLength: 50, required: true, label: l('Merknad', 'Note') }],
    },
    {
      id: 'sign',
      title: l('Godkjenning', 'Approval'),
      fields: [
        { id: 'employeeOk', type: 'approval', role: 'employee', label: l('Arbeidstaker', 'Employee') },
        { id: 'employerOk', type: 'approval', role: 'employer', label: l('Leder', 'Manager') },
      ],
    },
  ],
};

/** A complete answer to SAMPLE for someone not working (so 'share' and 'partTime' are hidden). */
export const SAMPLE_COMPLETE = {
  name: 'Kari',
  working: 'no',
  why: 'Vondt',
  whyMore: 'Mer',
  tasks: [{ task: 'Kasse', ok: 'no', load: 4.5 }, { task: 'Lager' }],
};
