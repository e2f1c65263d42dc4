export * from './aggregate';
export * from './builtin';
export * from './custom';
export type * from './types';
