// The record's tag lines as the RIS scanner keeps them (lib/formats/ris-tags.ts): each field walks
// the values of its own tags, in file order, and a line whose value comes only on the next line
// (EndNote's "KW  -" followed by the keyword) is one of them.
import { describe, expect, it } from 'vitest';
import { code, codes, Tags } from '../../lib/formats/ris-tags';

const KW = code('KW');
const AU = code('AU');
const UR = code('UR');

/** A record's lines "TAG  - value" pushed as the scanner does, the values left in the source text. */
function tagsOf(lines: string[]): Tags {
  const source = lines.join('\n');
  const tags = new Tags(source);
  let pos = 0;
  for (const line of lines) {
    tags.push(code(line.slice(0, 2)), pos + 6, pos + line.length);
    pos += line.length + 1;
  }
  return tags;
}

describe('RIS tag lines', () => {
  it('gives each tag its values in file order, whatever lies between them', () => {
    const tags = tagsOf(['AU  - Sari, D.', 'KW  - nifas', 'AU  - Putri, A.', 'KW  - ASI', 'AU  - Lestari, E.']);
    expect(tags.all([AU])).toEqual(['Sari, D.', 'Putri, A.', 'Lestari, E.']);
    expect(tags.all([KW])).toEqual(['nifas', 'ASI']);
    expect(tags.joined([KW])).toBe('nifas ASI');
  });

  it('reads tags in the order asked for, and finds the first value a test accepts', () => {
    const tags = tagsOf(['UR  - not a link', 'L2  - https://example.org/a', 'UR  - https://example.org/b']);
    expect(tags.all(codes('L2', 'UR'))).toEqual(['https://example.org/a', 'not a link', 'https://example.org/b']);
    expect(tags.find([UR], (v) => (v.startsWith('http') ? v : undefined))).toBe('https://example.org/b');
    expect(tags.first([UR])).toBe('not a link');
  });

  it('counts a line without a value once a continuation gives it one, in its place among its tag', () => {
    // EndNote: "KW  -" alone, its keyword on the next line (the scanner continues the record's last line).
    const tags = tagsOf(['KW  - first', 'KW  -']);
    tags.extend(1, 'second');
    tags.push(KW, 0, 0);
    tags.extend(2, 'third');
    expect(tags.all([KW])).toEqual(['first', 'second', 'third']);
    expect(tags.has(KW)).toBe(true);
  });

  it('skips empty lines and forgets every value when cleared for the next record', () => {
    const tags = tagsOf(['KW  -', 'AU  - Sari, D.']);
    expect(tags.has(KW)).toBe(false);
    expect(tags.all([KW])).toEqual([]);
    tags.clear();
    expect(tags.first([AU])).toBeUndefined();
    tags.add(KW, 'stunting');
    expect(tags.all([KW])).toEqual(['stunting']);
  });

  it("finds the first value starting with a prefix, in the text or continued, never past a value's end", () => {
    // Cochrane CENTRAL via Ovid: the registry's page where the journal goes, after a J2 that is no link.
    const tags = tagsOf(['J2  - Trials', 'JA  - htt', 'JO  - https://clinicaltrials.gov/show/NCT01234567']);
    const journals = codes('JO', 'JA', 'J2');
    expect(tags.firstStarting(journals, 'http')).toBe('https://clinicaltrials.gov/show/NCT01234567');
    expect(tags.firstStarting(codes('JA', 'J2'), 'http')).toBeUndefined();
    // A value that ends where the text goes on ("htt" cut from "httpx"): only its own characters count.
    const cut = new Tags('httpx');
    cut.push(code('JA'), 0, 3);
    expect(cut.firstStarting(codes('JA'), 'http')).toBeUndefined();
    const continued = tagsOf(['J2  -']);
    continued.extend(0, 'http://www.isrctn.com/ISRCTN12345678');
    expect(continued.firstStarting(codes('J2'), 'http')).toBe('http://www.isrctn.com/ISRCTN12345678');
  });

  it('tells a tag with several values from one with one or none', () => {
    const tags = tagsOf(['AB  - First paragraph.', 'KW  - nifas', 'AB  - Second paragraph.', 'N2  - Note.']);
    expect(tags.several(codes('AB'))).toBe(true);
    expect(tags.several(codes('N2'))).toBe(false);
    expect(tags.several(codes('KW', 'N2'))).toBe(true);
    expect(tags.several(codes('T2'))).toBe(false);
  });
});
