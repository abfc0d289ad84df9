// Several authors in one field joined with "and", "dan" or "&" (a lone RIS AU line, a CSV
// cell): each is an author, unless the field is an organisation's name that holds "and".
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const ris = (au: string) => `TY  - JOUR\nTI  - Hubungan pengetahuan ibu dengan pemberian ASI eksklusif\nAU  - ${au}\nPY  - 2018\nER  - \n`;
const rayyan = (authors: string) =>
  `key,title,authors,journal,issn,volume,issue,pages,year,publisher,url,abstract,notes,doi,keywords\nrayyan-1,Hubungan pengetahuan ibu dengan pemberian ASI eksklusif,"${authors}",Jurnal Kebidanan,,3,2,1-9,2018,,,,,,\n`;

describe('authors joined with "and" in one field', () => {
  it.each([
    ['Siti Rahmawati and Budi Santoso', ['Siti Rahmawati', 'Budi Santoso']],
    ['Siti Rahmawati dan Budi Santoso', ['Siti Rahmawati', 'Budi Santoso']],
    ['Siti Rahmawati & Budi Santoso', ['Siti Rahmawati', 'Budi Santoso']],
    ['Siti Rahmawati, Budi Santoso and Dewi van der Berg', ['Siti Rahmawati', 'Budi Santoso', 'Dewi van der Berg']],
    ['Rahmawati, Siti and Santoso, Budi', ['Rahmawati, Siti', 'Santoso, Budi']],
    ['Rahmawati S and Santoso BA', ['Rahmawati S', 'Santoso BA']],
    ['Tim Hartono and Jane Doe', ['Tim Hartono', 'Jane Doe']],
    // A serial comma before the last name.
    ['Sari D, Lestari A, and Putri N', ['Sari D', 'Lestari A', 'Putri N']],
    ['Ann Lee, Bo Kim, and Cy Park', ['Ann Lee', 'Bo Kim', 'Cy Park']],
    // A person of one name, as many Indonesians are, beside full names.
    ['Siti Rahmawati dan Suharti', ['Siti Rahmawati', 'Suharti']],
    ['Siti Rahmawati, Budi Santoso dan Suharti', ['Siti Rahmawati', 'Budi Santoso', 'Suharti']],
    ['Siti Rahmawati, Suharti dan Dewi Lestari', ['Siti Rahmawati', 'Suharti', 'Dewi Lestari']],
    // Never first in a comma list: "Rahmawati, Siti Nur" is one name, family name first.
    ['Rahmawati, Siti Nur dan Santoso, Budi', ['Rahmawati, Siti Nur', 'Santoso, Budi']],
    ['Suharti dan Sumarni', ['Suharti', 'Sumarni']],
  ])('%s', (field, names) => {
    expect(oneRecord(ris(field)).authors).toEqual(names);
    expect(oneRecord(rayyan(field)).authors).toEqual(names);
  });

  it.each([
    'Department of Health and Social Care',
    'Kementerian Kesehatan dan Badan Penelitian',
    'Johnson and Johnson',
    'Oxytocin Study Group & Partners',
    'John Wiley and Sons',
    'Siti Rahmawati dan Tim',
  ])('keeps an organisation whole: %s', (field) => {
    expect(oneRecord(ris(field)).authors).toEqual([field]);
    expect(oneRecord(rayyan(field)).authors).toEqual([field]);
  });
});
