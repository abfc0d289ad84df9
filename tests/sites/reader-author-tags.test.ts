// Author tags as journal systems fill them: one of several tags may hold several names.
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
