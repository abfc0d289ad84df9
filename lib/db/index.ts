// The one database: schema and versions in schema.ts, one repository file per table.
export * from './schema';
export * from './errors';
export * from './persist';
export * from './settings';
export * from './reviews';
export * from './records';
export * from './decisions';
export * from './searches';
export * from './review-data';
export * from './backup';
export * from './merges';
export * from './imports';
