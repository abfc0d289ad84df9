// The one database: schema and versions in schema.ts; events.ts is the one write path of a
// review's changes, records.ts stores what pages and files show of articles.
export * from './schema';
export * from './errors';
export * from './settings';
export * from './events';
export * from './reviews';
export * from './records';
export * from './record-store';
export * from './decisions';
export * from './searches';
export * from './review-data';
export * from './first-screen';
export * from './backup';
export * from './share';
export * from './merges';
export * from './imports';
export * from './sync-state';
