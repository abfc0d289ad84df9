// A record of a tagged text format read into a map, tag → its values in file order (EndNote
// tagged, the Cochrane Library's plain text), and how its readers look a field up in it: by the
// tags of their one tag → field table, in order of preference.

export type TagMap = Map<string, string[]>;

/** The first value of these tags that `pick` accepts (by default any that is not empty), as `pick` gives it. */
export function firstTag(tags: TagMap, names: readonly string[], pick: (value: string) => string | undefined = (v) => v || undefined): string | undefined {
  for (const name of names) {
    for (const value of tags.get(name) ?? []) {
      const found = pick(value);
      if (found) return found;
    }
  }
  return undefined;
}

/** The values of the first of these tags that has any that is not empty. */
export function allOfTag(tags: TagMap, names: readonly string[]): string[] {
  for (const name of names) {
    const values = (tags.get(name) ?? []).filter(Boolean);
    if (values.length) return values;
  }
  return [];
}
