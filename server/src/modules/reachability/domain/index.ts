export * from './callback.js';
export * from './checklist.js';
export * from './opening-hours.js';
export * from './phone.js';
export * from './rota.js';
export * from './specialties.js';
export * from './time.js';
