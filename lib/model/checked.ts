// Articles already in the shape ArticleSchema.parse gives, made by code that guarantees it
// (ArticleSchema itself, the export readers' record builder), so that a write path validating
// every article does not run Zod a second time over a 10,000-record import (a fifth of its
// time). Membership is by object identity: an article is never changed after it is made, and
// anything that arrives by message or from storage is a new object, so it is checked again.

const checked = new WeakSet<object>();

/** Note that `article` is a valid Article as it stands; returns it. */
export function markChecked<T extends object>(article: T): T {
  checked.add(article);
  return article;
}

/** Whether `value` was made valid by ArticleSchema or the export readers in this realm. */
export function isChecked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && checked.has(value);
}
