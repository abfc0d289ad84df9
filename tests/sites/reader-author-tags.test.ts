// Authors as journal systems fill their metadata: one of several tags, or one JSON-LD string, may hold several names.
import { describe, expect, it } from 'vitest';
import { readPage, TITLE } from './reader-page';

const tag = (name: string, content: string) => `<meta name="${name}" content="${content}">`;

describe('one of several author tags holding several names', () => {
  const authors = (...names: string[]) => readPage(TITLE + names.map((n) => tag('citation_author', n)).join(''))?.authors;

  it('is split as one tag holding them is (an OJS author record holding the co-authors)', () => {
    expect(authors('Dewi Sari, Andi Putra, Budi Santoso', 'Rina Wati')).toEqual(['Dewi Sari', 'Andi Putra', 'Budi Santoso', 'Rina Wati']);
    expect(authors('Lee, Ann; Kim, Bo', 'Park, Cy')).toEqual(['Lee, Ann', 'Kim, Bo', 'Park, Cy']);
  });

  it('while "Last, First" and a name with its degrees stay one name each', () => {
    expect(authors('Abu Bakar, Siti Nur', 'Rahmawati, Siti, S.Kep', 'Budi Santoso, S. Kep., M. Kes')).toEqual([
      'Abu Bakar, Siti Nur',
      'Rahmawati, Siti, S.Kep',
      'Budi Santoso, S. Kep., M. Kes',
    ]);
  });
});

describe('JSON-LD authors', () => {
  const ld = (author: unknown) =>
    readPage(`<script type="application/ld+json">${JSON.stringify({ '@type': 'ScholarlyArticle', name: 'Pijat oksitosin', author })}</script>`)?.authors;

  it('written in one string are split as one tag holding them is', () => {
    expect(ld('Dewi Sari, Andi Putra, Budi Santoso')).toEqual(['Dewi Sari', 'Andi Putra', 'Budi Santoso']);
    expect(
      ld([
        { '@type': 'Person', name: 'Abu Bakar, Siti Nur' },
        { '@type': 'Person', familyName: 'Lee', givenName: 'Ann' },
      ]),
    ).toEqual(['Abu Bakar, Siti Nur', 'Lee, Ann']);
  });
});
