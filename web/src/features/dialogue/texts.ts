// The dialogue's texts (bokmål and English), split by what they are for.
export * from './texts/vocabulary';
export * from './texts/inbox';
export * from './texts/thread';
export * from './texts/forms';
export * from './texts/assign';
export * from './texts/note';
