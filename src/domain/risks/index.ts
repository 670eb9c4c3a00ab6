/**
 * The governance risk register's pure domain: types, the 5×5 scale and RAG, exposures per force and the
 * joint view, appetite, the register (filters, sorts, heat map), history and conflicts, snapshots and
 * "since last board", CSV import's dry run, and the starter content.
 */
export * from './types';
export * from './scoring';
export * from './fields';
export * from './exposure';
export * from './content';
export * from './register';
export * from './history';
export * from './snapshot';
export * from './delta';
export * from './csv';
export * from './import';
export * from './starter';
