// Garuda's author names, as its listing shows them and exports carry them from OJS: placeholders in
// empty name fields ("Minollah -", "Florenly - Florenly", '", Hasanuddin', "NIM. A1011161020, SIGIT
// PURWADI"; garuda2ris's tests, taken from the live listing) are no part of a name, and the dash joins
// no two persons. One AU line is split into persons only where the list says so for certain (";", "dan",
// three full names with commas); a single Indonesian name of three or four words, an inverted name and
// an organisation stay whole.
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const authors = (...names: string[]) => oneRecord(['TY  - JOUR', 'TI  - Pijat oksitosin', ...names.map((n) => `AU  - ${n}`), 'ER  - ', ''].join('\n'), 'garuda.ris').authors;

describe('Garuda names in RIS', () => {
  it('lose the placeholders OJS leaves in empty name fields', () => {
    expect(authors('Minollah -', 'Florenly - Florenly -', 'Florenly, Florenly -', '", Hasanuddin', 'NIM. A1011161020, SIGIT PURWADI', '-')).toEqual([
      'Minollah',
      'Florenly Florenly',
      'Florenly, Florenly',
      'Hasanuddin',
      'SIGIT PURWADI',
    ]);
    // The only author of a record, too; and the dash a word processor made of it.
    expect(authors('Minollah -')).toEqual(['Minollah']);
    expect(authors('Minollah –', 'Sumarni —')).toEqual(['Minollah', 'Sumarni']);
  });

  it('keep a hyphen inside a name, and a name that starts with "NIM…"', () => {
    expect(authors('Peyrin-Biroulet, L.', 'Nimas Ayu', 'NIMAS AYU')).toEqual(['Peyrin-Biroulet, L.', 'Nimas Ayu', 'NIMAS AYU']);
  });

  it('are split only where the line lists persons for certain', () => {
    expect(authors('Rahmawati, Siti; Santoso, Budi')).toEqual(['Rahmawati, Siti', 'Santoso, Budi']);
    expect(authors('Siti Rahmawati, Budi Santoso, Dewi Lestari')).toEqual(['Siti Rahmawati', 'Budi Santoso', 'Dewi Lestari']);
    for (const one of ['Ni Made Sri Wahyuni', 'I Gusti Ayu Putu Dewi', 'Rahmawati, Siti', 'Abu Bakar, Siti Nur', 'Florenly - Florenly', 'Dinas Kesehatan Provinsi Jawa Timur'])
      expect(authors(one), one).toHaveLength(1);
  });
});
