/** People directory domain: CSV reading, export validation, and the directory diff. Pure. */
export * from './csv';
export * from './directoryImport';
export * from './diff';
