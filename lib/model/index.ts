// The data model: Zod schemas and the types inferred from them.
export * from './article';
export * from './key';
export * from './review';
export * from './decision';
export * from './search';
export * from './record';
export * from './page';
export * from './event';
export * from './reviewer';
export * from './checked';
