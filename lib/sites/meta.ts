// Helpers for reading embedded metadata (<meta> tags) shared by the adapters.

/** All values of the meta tags with this name/property, in page order, trimmed, empty ones dropped. */
export function metaAll(doc: Document, ...names: string[]): string[] {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const values: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    if (!wanted.has(name)) continue;
    const content = el.getAttribute('content')?.trim();
    if (content) values.push(content);
  }
  return values;
}

/** The first non-empty value of the meta tags with any of these names. */
export function metaFirst(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const [value] = metaAll(doc, name);
    if (value) return value;
  }
  return undefined;
}
