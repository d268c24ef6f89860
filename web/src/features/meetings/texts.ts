// The dialogue meetings' texts (bokmål and English), split by what they are for.
export * from './texts/vocabulary';
export * from './texts/case';
export * from './texts/forms';
export * from './texts/meeting';
