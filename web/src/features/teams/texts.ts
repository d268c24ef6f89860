// The teams' texts (bokmål and English), split by what they are for.
export * from './texts/vocabulary';
export * from './texts/referral';
export * from './texts/evaluation';
export * from './texts/course';
export * from './texts/gp';
export * from './texts/admin';
export * from './texts/team';
export * from './texts/courseParts';
export * from './texts/mine';
