// The forums' texts (bokmål and English), split by what they are for.
export * from './texts/vocabulary';
export * from './texts/submit';
export * from './texts/body';
export * from './texts/case';
export * from './texts/recommendation';
export * from './texts/meeting';
export * from './texts/public';
export * from './texts/attachments';
export * from './texts/admin';
