/**
 * The board cycle's pure domain (issue 10): the contract (`types.ts`), the week's agenda, a meeting's state
 * from its record log, the frozen snapshot a closure stores (in parts), and the live indicators.
 */
export * from './types';
export * from './agenda';
export * from './meetingState';
export * from './meetingSnapshot';
export * from './indicators';
