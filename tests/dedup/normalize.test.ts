import { describe, expect, it } from 'vitest';
import { familyName, foldTitle, matchKeys } from '../../lib/dedup';
import { givenInitial } from '../../lib/dedup/normalize';
import { foldText } from '../../lib/dedup/fold';
import { editDistanceWithin, isNotice, similarTitles } from '../../lib/dedup/similar';
import { isPreprint } from '../../lib/dedup/preprint';

const PIJAT = 'pengaruh pijat oksitosin terhadap produksi asi pada ibu nifas';

describe('foldTitle', () => {
  it('folds an Indonesian title and its all-caps copy with a trailing site name alike', () => {
    expect(foldTitle('Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas')).toBe(PIJAT);
    expect(foldTitle('PENGARUH PIJAT OKSITOSIN TERHADAP PRODUKSI ASI PADA IBU NIFAS - Garuda')).toBe(PIJAT);
    expect(foldTitle('Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas. – Portal Garuda')).toBe(PIJAT);
    expect(foldTitle('Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas | Neliti')).toBe(PIJAT);
  });

  it('removes diacritics, including letters NFKD does not decompose', () => {
    expect(foldTitle('Análise da eficácia em São Paulo')).toBe('analise da eficacia em sao paulo');
    expect(foldTitle('Gesundheitsförderung für Ältere: Straße')).toBe('gesundheitsforderung fur altere strasse');
    expect(foldTitle('Łódź and Ærø: Øresund')).toBe('lodz and aero oresund');
    // Already-decomposed input (e + combining acute) folds like the composed form.
    expect(foldTitle('Re\u0301sume\u0301 of cafe\u0301s')).toBe(foldTitle('Résumé of cafés'));
  });

  it('drops HTML tags and entities; formatting tags do not split words', () => {
    expect(foldTitle('Effect of <i>Moringa oleifera</i> on CO<sub>2</sub> &amp; O<sub>2</sub>')).toBe('effect of moringa oleifera on co2 and o2');
    expect(foldTitle('Effect of &lt;i&gt;Moringa&lt;/i&gt; leaves')).toBe('effect of moringa leaves');
    expect(foldTitle('Tom &amp;amp; Jerry&#8217;s &quot;chase&quot;')).toBe('tom and jerrys chase');
    expect(foldTitle('Line<br/>break')).toBe('line break');
  });

  it('drops Scholar badges and stacked site names', () => {
    expect(foldTitle('[PDF][PDF] Did dinosaurs invent flowers?')).toBe('did dinosaurs invent flowers');
    expect(foldTitle('[HTML] Did dinosaurs invent flowers? - PubMed - NCBI')).toBe('did dinosaurs invent flowers');
    expect(foldTitle('[CITATION][C] Did dinosaurs invent flowers')).toBe('did dinosaurs invent flowers');
  });

  it('keeps a dash that is part of the title', () => {
    expect(foldTitle('Dinosaur–angiosperm coevolution - revisited')).toBe('dinosaur angiosperm coevolution revisited');
  });

  it('reads apostrophes and Greek letters the way other sources spell them', () => {
    expect(foldTitle("Cope's rule")).toBe(foldTitle('Cope’s rule'));
    expect(foldTitle("Cope's rule")).toBe('copes rule');
    expect(foldTitle('α-Synuclein and β-amyloid')).toBe(foldTitle('Alpha-synuclein and beta-amyloid'));
  });

  it('gives empty text for missing titles', () => {
    expect(foldTitle(undefined)).toBe('');
    expect(foldTitle('')).toBe('');
    expect(foldTitle(' [PDF] ')).toBe('');
  });
});

describe('foldText', () => {
  it('handles astral characters and very long text', () => {
    expect(foldText('𝐁𝐨𝐥𝐝 math')).toBe('bold math');
    expect(foldText('日本語のタイトル')).toBe('日本語のタイトル');
    const long = 'Word '.repeat(5_000);
    expect(foldText(long)).toBe('word '.repeat(5_000).trim());
  });
});

describe('givenInitial', () => {
  it('gives the same first initial in the orders and forms databases write', () => {
    for (const name of ['Sari, Dewi', 'Sari D', 'Sari DA', 'D. Sari', 'DA Sari', 'Dewi Sari', 'Dewi Ayu Sari', 'Sari, D.A.', 'D Sari…', 'Sari, Dëwi'])
      expect(givenInitial(name), name).toBe('d');
    expect(givenInitial('Lee Y.-N.')).toBe('y');
    expect(givenInitial('Lee, Yuong-Nam')).toBe('y');
    expect(givenInitial('A. van der Berg')).toBe('a');
    expect(givenInitial('van der Berg, A')).toBe('a');
    expect(givenInitial('Élodie Martin')).toBe('e');
  });

  it('reads past titles, degrees and suffixes, as Indonesian journals and BibTeX write them', () => {
    const same = (a: string, b: string) => expect([familyName(a), givenInitial(a)], a).toEqual([familyName(b), givenInitial(b)]);
    same('Dewi Sari, S.Kep., Ns., M.Kep.', 'Sari D');
    same('Dewi Sari S.Kep', 'Sari, Dewi');
    same('Prof. Dr. Budi Santoso', 'Santoso B');
    same('Hj. Siti Aminah', 'Aminah S');
    same('Siti Aminah, SKM, M.Kes', 'Aminah, Siti');
    expect(givenInitial('Budi Aminah, SKM')).toBe('b');
    same('Smith, Jr., Robert', 'Smith R');
    same('Smith, Robert, III', 'Smith R');
    same('Ahmad Yani, Sp.OG', 'Yani A');
    // Two people of one family name with the same degree stay two people.
    expect(givenInitial('Dewi Sari, S.Kep.')).not.toBe(givenInitial('Ayu Sari, S.Kep.'));
    // Initials that look like titles in capitals stay initials.
    expect(givenInitial('Sari D.A.')).toBe('d');
    expect(familyName('Moh. Rizki')).toBe('rizki');
    expect(givenInitial('Moh. Rizki')).toBe('m');
  });

  it('gives nothing when the name shows no given name', () => {
    expect(givenInitial('Sukarno')).toBe('');
    expect(givenInitial('')).toBe('');
    expect(givenInitial(undefined)).toBe('');
    expect(givenInitial('Sari,')).toBe('');
  });
});

describe('familyName', () => {
  it('reads an Indonesian name in either order', () => {
    expect(familyName('Siti Nurhasanah')).toBe('nurhasanah');
    expect(familyName('Nurhasanah, S.')).toBe('nurhasanah');
    expect(familyName('Nurhasanah S')).toBe('nurhasanah');
    expect(familyName('NURHASANAH S')).toBe('nurhasanah');
    // All in capitals, a short family name looks like initials too: the shorter end is the initials.
    for (const name of ['SARI D', 'SARI DA', 'SARI D.A.', 'DA SARI', 'D. SARI', 'DEWI SARI', 'Sari D']) expect([familyName(name), givenInitial(name)], name).toEqual(['sari', 'd']);
    expect(familyName('LI X')).toBe('li');
    expect(familyName('XU LI')).toBe('li');
    expect(familyName('S. Nurhasanah')).toBe('nurhasanah');
  });

  it('reads a name in capitals as the same name in small letters, and a family name before "Siti"', () => {
    const same = (a: string, b: string) => expect([familyName(a), givenInitial(a)], a).toEqual([familyName(b), givenInitial(b)]);
    for (const name of ['SITI NURHASANAH', 'NURHASANAH SITI', 'Nurhasanah Siti', 'NURHASANAH, SITI', 'S. NURHASANAH']) same(name, 'Nurhasanah, S.');
    for (const name of ['DEWI SARI LESTARI', 'LESTARI DS', 'D.S. LESTARI']) same(name, 'Lestari, D. S.');
    same('ROSITA SARI', 'Sari R');
    same('PUTRI AYU', 'Ayu, Putri');
    same('NURUL HIDAYAH SARI', 'Sari, N. H.');
    same('MUHAMMAD ALI', 'Muhammad Ali');
    same('PUTRI EKA', 'Eka Putri');
    // Initials in capitals stay initials: short, dotted, or without a vowel.
    same('SMITH JMB', 'Smith J');
    same('WANG LI NA', 'Wang Li N');
  });

  it('reads the formats databases use', () => {
    expect(familyName('Barrett, Paul M')).toBe('barrett');
    expect(familyName('Barrett PM')).toBe('barrett');
    expect(familyName('PM Barrett')).toBe('barrett');
    expect(familyName('Wilson L.N.')).toBe('wilson');
    expect(familyName('Lee Y.-N.')).toBe('lee');
    expect(familyName('Lee, Yuong-Nam')).toBe('lee');
    expect(familyName('Santos-Cubedo A.')).toBe(familyName('Santos-Cubedo, Andrés'));
    expect(familyName('van der Berg, A')).toBe('berg');
    expect(familyName('A. van der Berg')).toBe('berg');
    expect(familyName("O'Connor, Rebecca E")).toBe(familyName('Rebecca O’Connor'));
    expect(familyName('Campione, Nicolás')).toBe('campione');
    expect(familyName('Müller, J')).toBe(familyName('Muller J'));
    expect(familyName('Smith J…')).toBe('smith');
  });

  it('gives nothing for placeholders and missing authors', () => {
    expect(familyName(undefined)).toBe('');
    expect(familyName('')).toBe('');
    expect(familyName('et al.')).toBe('');
    expect(familyName('Anonymous')).toBe('');
    expect(familyName('…')).toBe('');
  });
});

describe('matchKeys', () => {
  it('gives DOI, PMID and title+year keys, and no key for a missing field', () => {
    expect(matchKeys({ doi: 'https://doi.org/10.1016/ABC', pmid: '0042', title: 'Pengaruh Pijat Oksitosin', year: 2020 })).toEqual([
      'doi:10.1016/abc',
      'pmid:42',
      'title:pengaruh pijat oksitosin|2020',
    ]);
    expect(matchKeys({ title: 'Pengaruh Pijat Oksitosin' })).toEqual([]);
    expect(matchKeys({ title: 'Editorial', year: 2020 })).toEqual([]);
  });
});

describe('title similarity', () => {
  it('accepts a typo and a dropped subtitle, not a notice about the paper', () => {
    expect(similarTitles(PIJAT, PIJAT.replace('oksitosin', 'oksitoksin'))).toBe(true);
    expect(similarTitles('effect of oxytocin massage on breast milk production', 'effect of oxytocin massage on breast milk production a randomised trial')).toBe(true);
    expect(
      similarTitles('a remarkable assemblage of petroglyphs and dinosaur footprints', 'erratum author correction a remarkable assemblage of petroglyphs and dinosaur footprints'),
    ).toBe(false);
    expect(similarTitles('the extinction of the dinosaurs', 'the origin and early radiation of dinosaurs')).toBe(false);
    expect(isNotice('erratum correction a juvenile bird')).toBe(true);
    expect(isNotice('correctional facilities and health')).toBe(false);
  });

  it('accepts a title cut inside a word when five whole words come before the cut', () => {
    const full = 'pengaruh pijat oksitosin terhadap produksi asi pada ibu nifas di puskesmas kecamatan tambora';
    expect(similarTitles('pengaruh pijat oksitosin terhadap produksi asi pada ibu nifas di puskesmas kec', full)).toBe(true);
    expect(similarTitles('pengaruh pijat oksitosin terhadap produksi as', full)).toBe(true);
    expect(similarTitles('pengaruh pijat oksitosin terhadap produksi', full)).toBe(true);
    expect(similarTitles('pengaruh pijat oksitosin terhadap pro', full)).toBe(false);
  });

  it('bounds the edit distance exactly', () => {
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(true);
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBe(false);
    expect(editDistanceWithin('', 'abc', 3)).toBe(true);
  });
});

describe('isPreprint', () => {
  it('knows preprint DOIs, venues and hosts', () => {
    expect(isPreprint({ doi: '10.1101/2020.03.01.123456' })).toBe(true);
    expect(isPreprint({ doi: '10.48550/arxiv.2101.00001' })).toBe(true);
    expect(isPreprint({ journal: 'medRxiv' })).toBe(true);
    expect(isPreprint({ url: 'https://www.researchsquare.com/article/rs-1/v1' })).toBe(true);
    expect(isPreprint({ doi: '10.1016/j.midw.2020.01.001', journal: 'Midwifery' })).toBe(false);
  });
});
