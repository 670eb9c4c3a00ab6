/** The solutions catalogue's pure domain: types, content rules, lifecycle, search, minutes, votes, sanitiser. */
export * from './types';
export * from './entry';
export * from './lifecycle';
export * from './minutes';
export * from './search';
export * from './sanitise';
export * from './sensitive';
export * from './text';
export * from './votes';
