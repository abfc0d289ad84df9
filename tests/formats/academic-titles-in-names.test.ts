// Academic titles of more than one word before a given name: Mendeley reading an Indonesian PDF
// writes "Naba, Dr. Eng. Agus" (RIS AU, BibTeX author, CSL given "Dr. Eng. Agus"); German and
// Austrian papers print "Dr.-Ing.", "Dr. rer. nat.", "Dr. med.", "Dr. h. c.", Indonesian ones "Dr. Ir.",
// "Prof. Dr.". The whole title goes, whatever format the name comes from; a name that only looks
// like one of its words stays ("Eng, Wei" and "Ing, Li" are Chinese family names).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { withoutDegrees } from '../../lib/model/names';
import { ArticleSchema } from '../../lib/model';

const TITLE = 'Sistem kendali fuzzy untuk pengaturan suhu inkubator bayi';
const authorsOf = (text: string) => parseBibliography(text).records[0]?.authors;
const ris = (name: string) => `TY  - JOUR\nTI  - ${TITLE}\nAU  - ${name}\nAU  - Rahmawati, Siti\nER  - \n`;
const bibtex = (name: string) => `@article{Naba2019,\nauthor = {${name} and Rahmawati, Siti},\ntitle = {${TITLE}},\nyear = {2019}\n}\n`;
const csl = (family: string, given: string) =>
  JSON.stringify([
    {
      type: 'article-journal',
      title: TITLE,
      author: [
        { family, given },
        { family: 'Rahmawati', given: 'Siti' },
      ],
    },
  ]);
const enw = (name: string) => `%0 Journal Article\n%T ${TITLE}\n%A ${name}\n%A Rahmawati, Siti\n`;

describe('academic titles of several words before a name', () => {
  it.each([
    ['Naba, Dr. Eng. Agus', 'Naba, Agus'], // Mendeley, an Indonesian PDF
    ['Naba, Dr.Eng. Agus', 'Naba, Agus'],
    ['Müller, Dr.-Ing. Hans', 'Müller, Hans'],
    ['Müller, Prof. Dr.-Ing. Hans', 'Müller, Hans'],
    ['Müller, Dipl.-Ing. Hans', 'Müller, Hans'],
    ['Schmidt, Dr. rer. nat. Anna', 'Schmidt, Anna'],
    ['Schmidt, Prof. Dr. med. Anna', 'Schmidt, Anna'],
    ['Schmidt, Dr. med. dent. Anna', 'Schmidt, Anna'],
    ['Santoso, Dr. Ir. Budi', 'Santoso, Budi'],
    ['Santoso, Prof. Dr. Budi', 'Santoso, Budi'],
    ['Dr. Eng. Agus Naba', 'Agus Naba'],
    ['Agus Naba, Dr. Eng.', 'Agus Naba'],
    // The field joined to its title or to itself, as German doctorates are often written.
    ['Wijaya, Dr. rer.nat. Budi', 'Wijaya, Budi'],
    ['Wijaya, Dr.rer.nat. Budi', 'Wijaya, Budi'],
    ['Dr.rer.nat. Budi Wijaya', 'Budi Wijaya'],
    ['Müller, Dr.med. Hans', 'Müller, Hans'],
  ])('"%s" is "%s"', (written, name) => {
    expect(withoutDegrees(written)).toBe(name);
    expect(authorsOf(ris(written))).toEqual([name, 'Rahmawati, Siti']);
  });

  it('takes the title off in BibTeX, CSL JSON and EndNote tagged too', () => {
    expect(authorsOf(bibtex('Naba, Dr. Eng. Agus'))).toEqual(['Naba, Agus', 'Rahmawati, Siti']);
    expect(authorsOf(bibtex('Schmidt, Dr. rer. nat. Anna'))).toEqual(['Schmidt, Anna', 'Rahmawati, Siti']);
    expect(authorsOf(csl('Naba', 'Dr. Eng. Agus'))).toEqual(['Naba, Agus', 'Rahmawati, Siti']);
    expect(authorsOf(enw('Müller, Dr.-Ing. Hans'))).toEqual(['Müller, Hans', 'Rahmawati, Siti']);
  });

  it('takes off the honorary doctorate "Dr. h. c." however it is spaced, from files and pages alike', () => {
    const written: [string, string][] = [
      ['Prof. Dr. h. c. Hans Müller', 'Hans Müller'],
      ['Dr. h.c. Hans Müller', 'Hans Müller'],
      ['Dr.h.c. Hans Müller', 'Hans Müller'],
      ['Müller, Prof. Dr. h. c. Hans', 'Müller, Hans'],
      ['Müller, Hans, Dr. h. c.', 'Müller, Hans'],
      ['Prof. Dr. Dr. h. c. mult. Hans Müller', 'Hans Müller'],
      // Initials in capitals are a name's, with a title before them or not.
      ['H. C. Andersen', 'H. C. Andersen'],
      ['Andersen, H. C.', 'Andersen, H. C.'],
      ['Dr. H. C. Andersen', 'H. C. Andersen'],
    ];
    for (const [name, bare] of written) {
      expect(authorsOf(ris(name))?.[0], name).toBe(bare);
      expect(ArticleSchema.parse({ title: TITLE, authors: [name], url: '', source: 'web' }).authors, name).toEqual([bare]);
    }
  });

  it('keeps a name that one of its words only looks like', () => {
    for (const name of ['Eng, Wei', 'Ing, Li', 'Eng Wei', 'Naba, Eng Agus', 'Med, Anna', 'Nat, Siti', 'Dr. Eng Wei']) {
      expect(authorsOf(ris(name))?.[0]).toBe(name === 'Dr. Eng Wei' ? 'Eng Wei' : name);
    }
    expect(withoutDegrees('Eng. Agus')).toBe('Eng. Agus');
  });
});
