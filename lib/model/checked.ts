// Articles already in the shape ArticleSchema.parse gives, made by code that guarantees it (the
// export readers' record builder, or a parse by ArticleSchema), so that a write path
// validating every article does not run Zod a second time over a 10,000-record import (a fifth
// of its time). Membership is by object identity: an article is never changed after it is made,
// and anything else that arrives by message or from storage is a new object, checked again.
//
// The mark is a private field stamped onto the article (a base constructor that returns the
// object it is given lets a subclass add its private field to any object). Unlike a key or a
// symbol, a private field is not copied by spread, JSON or structured clone, so a copy is never
// marked; unlike a WeakSet, it costs no hash table the collector must sweep: marking 10,000
// records took ~8 ms with a WeakSet, a tenth of parsing them.

class Stamp {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the object itself receives the mark
    return target;
  }
}

class Checked extends Stamp {
  #valid = true;

  static has(value: object): boolean {
    return #valid in value;
  }
}

/** Note that `article` is a valid Article as it stands; returns it. */
export function markChecked<T extends object>(article: T): T {
  try {
    if (!Checked.has(article)) new Checked(article);
  } catch {
    // an object that takes no new field (a proxy, or frozen where the engine forbids it) stays
    // unmarked: it is validated again where it is written, which is only slower
  }
  return article;
}

/** Whether `value` was made valid by ArticleSchema or the export readers in this realm. */
export function isChecked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Checked.has(value);
}
