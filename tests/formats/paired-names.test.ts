// An APA-style author list in one field (a lone RIS AU line, a CSV cell): "Family, Initials"
// pairs, every comma a separator, the last name after "&", "and" or "dan" or an ellipsis.
import { describe, expect, it } from 'vitest';
import { namesPaired } from '../../lib/formats/paired-names';
import { oneRecord } from './helpers';

const ris = (au: string) => `TY  - JOUR\nTI  - Pengaruh pijat oksitosin terhadap produksi ASI\nAU  - ${au}\nPY  - 2020\nER  - \n`;
const rayyan = (authors: string) =>
  `key,title,authors,journal,issn,volume,issue,pages,year,publisher,url,abstract,notes,doi,keywords\nrayyan-1,Pengaruh pijat oksitosin terhadap produksi ASI,"${authors}",Jurnal Kebidanan,,3,2,1-9,2020,,,,,,\n`;
const both = (field: string) => [oneRecord(ris(field)).authors, oneRecord(rayyan(field)).authors];

const three = ['Santoso, B.', 'Lestari, D.', 'Sari, A.'];
// APA 7 lists the first 19 authors, an ellipsis, then the last.
const nineteen = ['Putri, S.', 'Wulan, T.', 'Hakim, U.', 'Nasution, V.', 'Siregar, W.', 'Tanjung, X.'];

describe('an APA author list in one field', () => {
  it.each([
    ['Santoso, B., Lestari, D., & Sari, A.', three],
    ['Santoso, B., Lestari, D. & Sari, A.', three],
    ['Santoso, B., Lestari, D., and Sari, A.', three],
    ['Santoso, B., Lestari, D., dan Sari, A.', three],
    ['Santoso, B., Lestari, D., Sari, A.', three],
    ['Santoso,B.,Lestari,D.,&Sari,A.', three],
    ['SANTOSO, B., LESTARI, D., & SARI, A.', ['SANTOSO, B.', 'LESTARI, D.', 'SARI, A.']],
    ['Santoso, B. A., Lestari, D. K., & Sari, A.', ['Santoso, B. A.', 'Lestari, D. K.', 'Sari, A.']],
    ['Hommel, K.A., Deer, K., & Mackner, L.M.', ['Hommel, K.A.', 'Deer, K.', 'Mackner, L.M.']],
    ['Kim, J.-H., Lestari, D., & Sari, A.', ['Kim, J.-H.', 'Lestari, D.', 'Sari, A.']],
    ['van der Berg, P., Lestari, D., & Sari, A.', ['van der Berg, P.', 'Lestari, D.', 'Sari, A.']],
    ['Berg, P. van der, Lestari, D., & Sari, A.', ['Berg, P. van der', 'Lestari, D.', 'Sari, A.']],
    ["O'Brien, M., & Peyrin-Biroulet, L.", ["O'Brien, M.", 'Peyrin-Biroulet, L.']],
    ['Hylckama Vlieg, J.E.T., Lestari, D.', ['Hylckama Vlieg, J.E.T.', 'Lestari, D.']],
    ['Smith, J., Jr., Lestari, D., & Sari, A.', ['Smith, J., Jr.', 'Lestari, D.', 'Sari, A.']],
    ['Santoso, BA, Lestari, D and Sari, A', ['Santoso, BA', 'Lestari, D', 'Sari, A']],
  ])('%s', (field, names) => {
    expect(both(field)).toEqual([names, names]);
  });

  it.each([
    `${nineteen.join(', ')}, … Sari, A.`,
    `${nineteen.join(', ')}, . . . Sari, A.`,
    `${nineteen.join(', ')}, ... Sari, A.`,
    `${nineteen.join(', ')} . . . Sari, A.`,
    `${nineteen.join(', ')}... Sari, A.`,
  ])('with an ellipsis before the last: %s', (field) => {
    const names = [...nineteen, 'Sari, A.'];
    expect(both(field)).toEqual([names, names]);
  });

  it('reads full given names when the last name, after "and", is written so', () => {
    const names = ['Rahmawati, Siti', 'Lestari, Dewi', 'Santoso, Budi'];
    expect(both('Rahmawati, Siti, Lestari, Dewi and Santoso, Budi')).toEqual([names, names]);
  });

  it('keeps dotted initials shaped like a public-health degree after a family name of two words', () => {
    const names = ['Abu Bakar, S. K. M.', 'Lestari, D.', 'Sari, A.'];
    expect(both('Abu Bakar, S.K.M., Lestari, D., & Sari, A.')).toEqual([names, names]);
    // After a family name of one word they are kept as written (withoutDegrees keeps them).
    expect(both('Rahman, S.K.M., Lestari, D.')).toEqual([
      ['Rahman, S.K.M.', 'Lestari, D.'],
      ['Rahman, S.K.M.', 'Lestari, D.'],
    ]);
    // Among no other initials they are the degrees of whole names.
    expect(both('Siti Aminah, S.K.M., Budi Santoso, M.P.H.')).toEqual([
      ['Siti Aminah', 'Budi Santoso'],
      ['Siti Aminah', 'Budi Santoso'],
    ]);
  });

  it('reads a person of one name among dotted initials, first, in the middle or last after "&"', () => {
    const names = ['Suharti', 'Santoso, B.', 'Sari, A.'];
    expect(both('Suharti, Santoso, B., & Sari, A.')).toEqual([names, names]);
    const middle = ['Santoso, B.', 'Suharti', 'Sari, A.'];
    expect(both('Santoso, B., Suharti, Sari, A.')).toEqual([middle, middle]);
    const last = ['Santoso, B.', 'Lestari, D.', 'Suharti'];
    expect(both('Santoso, B., Lestari, D., & Suharti')).toEqual([last, last]);
    const two = ['Santoso, B.', 'Suharti'];
    expect(both('Santoso, B., & Suharti')).toEqual([two, two]);
  });

  it('reads no person of one name where no dotted initials tell the pairs apart', () => {
    // "Suharti, Santoso" may be one person written "Family, Given", or two.
    expect(namesPaired('Suharti, Santoso, Budi & Sari, Ani')).toBeUndefined();
    expect(namesPaired('Santoso, B., Lestari')).toBeUndefined();
    expect(namesPaired('Santoso, Budi & Suharti')).toBeUndefined();
  });

  it('leaves Vancouver names, one person and full names as they were read', () => {
    const vancouver = ['Santoso B', 'Lestari D', 'Sari A'];
    expect(both('Santoso B, Lestari D, Sari A')).toEqual([vancouver, vancouver]);
    expect(both('Santoso B, Lestari D and Sari A')).toEqual([vancouver, vancouver]);
    expect(both('Santoso, Budi')).toEqual([['Santoso, Budi'], ['Santoso, Budi']]);
    expect(both('Santoso, B.')).toEqual([['Santoso, B.'], ['Santoso, B.']]);
    expect(both('Ann Lee, Bo Kim, and Cy Park')).toEqual([
      ['Ann Lee', 'Bo Kim', 'Cy Park'],
      ['Ann Lee', 'Bo Kim', 'Cy Park'],
    ]);
  });

  it('is no list of pairs when a part is a degree, an organisation, or the pairs are not sure', () => {
    const not = [
      // Four persons of one name each, or two written "Family, Given": no initials to tell.
      'Sari, Dewi, Putri, Ayu',
      // A person's degrees: "Ns" is no family name, "M.Kes" no given name.
      'Budi Santoso, S.Kep, Ns, M.Kes and Lestari, Dewi',
      'Siti Aminah, S.K.M., MPH, M.K.M.',
      'Smith, Jane, RN, PhD, Doe, Ann, MSN',
      // Organisations.
      'Department of Health, Education, and Welfare',
      'Badan Pusat Statistik, Jakarta, Indonesia, & ICF, R.',
      'Dinas Kesehatan, Provinsi, Jawa Timur, & Sari, A.',
      // Something after the last name.
      'Santoso, B., Lestari, D., & Sari, A. (2019)',
      'Santoso, B., Lestari, D., et al.',
    ];
    expect(not.map(namesPaired)).toEqual(not.map(() => undefined));
  });

  it('keeps an organisation that holds "and" after a comma whole, in a RIS line and a CSV cell', () => {
    const name = 'Department of Health, Education, and Welfare';
    expect(both(name)).toEqual([[name], [name]]);
    const agency = 'Kementerian Kesehatan, Badan Penelitian, & Pengembangan Kesehatan';
    expect(both(agency)).toEqual([[agency], [agency]]);
  });
});
