/** The form-template engine's pure core (issue 7): no I/O, time and data come in as arguments. */
export * from './template.js';
export { validateTemplate, type TemplateProblem, type TemplateProblemCode } from './validate-template.js';
export { dropHidden, isAnswered, shownFieldIds } from './conditions.js';
export * from './values.js';
export * from './versions.js';
export * from './lifecycle.js';
export { countWorkTasks, shareRefusal, type ShareRefusal } from './sharing.js';
export { parseValues, renderForm, serializeValues, type Audience, type ParseResult, type RenderedDocument, type RenderedItem, type RenderedSection } from './render.js';
export { compareRounds, type Direction, type Meaning, type ScaleChange } from './compare.js';
export { jobListText, type PlainTextResult } from './job-list-text.js';
export { FORM_ERRORS, type FormErrorCode } from './errors.js';
export * from './templates/registry.js';
