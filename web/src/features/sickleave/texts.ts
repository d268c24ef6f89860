// The sick-leave area's texts (bokmål and English), split by what they are for.
export * from './texts/vocabulary';
export * from './texts/pages';
export * from './texts/case';
export * from './texts/note-form';
