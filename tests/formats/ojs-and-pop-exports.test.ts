// Exports Indonesian reviewers meet through Zotero, Mendeley and Publish or Perish: OJS's own RIS
// download, OJS's Dublin Core source harvested as the journal, and Google Scholar's links and cut
// lists as Publish or Perish passes them on. Small files written after real ones.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const one = (text: string, name: string) => {
  const { records } = parseBibliography(text, name);
  expect(records).toHaveLength(1);
  return records[0];
};

describe('OJS RIS downloads', () => {
  it('reads an author with one name, which OJS writes after an empty family name', () => {
    const ris = 'TY  - JOUR\nAU  - , Sumarni\nAU  - Rahayu, Dwi Estuning\nAU  - ,  Suparmi ;\nTI  - Pengetahuan ibu hamil tentang anemia\nPY  - 2021\nER  - \n';
    expect(one(ris, 'ojs.ris').authors).toEqual(['Sumarni', 'Rahayu, Dwi Estuning', 'Suparmi']);
  });
});

describe('OJS RIS abstracts', () => {
  // OJS strips the tags of an abstract and then its line breaks: its sections run into each other.
  const ris = (ab: string) => `TY  - JOUR\nAU  - , Sumarni\nTI  - Anemia pada ibu hamil\nPY  - 2021\nAB  - ${ab}\nER  - \n`;

  it('gives each section its own line, in both languages, and its keywords', () => {
    const id = one(
      ris(
        'Latar Belakang: Anemia pada ibu hamil masih tinggi.Tujuan: Mengetahui hubungan pengetahuan.Metode: Cross sectional, 60 responden.Hasil: Ada hubungan (p &lt; 0,05).Kesimpulan: Pengetahuan berhubungan.Kata kunci: anemia, kehamilan, tablet Fe',
      ),
      'ojs.ris',
    );
    expect(id.abstract).toBe(
      'Latar Belakang: Anemia pada ibu hamil masih tinggi.\nTujuan: Mengetahui hubungan pengetahuan.\nMetode: Cross sectional, 60 responden.\nHasil: Ada hubungan (p < 0,05).\nKesimpulan: Pengetahuan berhubungan.',
    );
    expect(id.keywords).toEqual(['anemia', 'kehamilan', 'tablet Fe']);
    const en = one(
      ris(
        'Background: Anemia is common in Indonesia.Objective: To assess knowledge.Methods: A survey of 60 mothers.Results: Knowledge was low (p=0.01).Conclusion: Education is needed.',
      ),
      'ojs.ris',
    );
    expect(en.abstract?.split('\n')).toEqual([
      'Background: Anemia is common in Indonesia.',
      'Objective: To assess knowledge.',
      'Methods: A survey of 60 mothers.',
      'Results: Knowledge was low (p=0.01).',
      'Conclusion: Education is needed.',
    ]);
  });

  it('reads labels in capitals, and a label of two words', () => {
    expect(
      one(ris('LATAR BELAKANG: Anemia masih tinggi.TUJUAN: Mengetahui hubungan.METODE: Cross sectional.HASIL: Ada hubungan.KESIMPULAN: Pengetahuan berhubungan.'), 'ojs.ris')
        .abstract,
    ).toBe('LATAR BELAKANG: Anemia masih tinggi.\nTUJUAN: Mengetahui hubungan.\nMETODE: Cross sectional.\nHASIL: Ada hubungan.\nKESIMPULAN: Pengetahuan berhubungan.');
    expect(one(ris('Latar Belakang: Anemia masih tinggi.Metode Penelitian: Cross sectional.Hasil: Ada hubungan.'), 'ojs.ris').abstract).toBe(
      'Latar Belakang: Anemia masih tinggi.\nMetode Penelitian: Cross sectional.\nHasil: Ada hubungan.',
    );
  });

  it('leaves a label inside a sentence, or one not run into it, as written', () => {
    for (const ab of [
      'The aims of the study.Results were given to the board: all agreed.',
      'Results: Anemia was common. Methods: survey.',
      'Mothers had 2 results: low and high.',
    ]) {
      expect(one(ris(ab), 'ojs.ris').abstract, ab).toBe(ab);
    }
  });
});

describe("OJS's Dublin Core source as the journal", () => {
  it('gives the journal, volume, issue, year and pages, not the ISSNs (RIS, OJS 3)', () => {
    const ris = 'TY  - JOUR\nTI  - Hubungan pengetahuan ibu\nAU  - Siti, A\nJO  - Jurnal Ners; Vol. 15 No. 1 (2020): April 2020; 1-7 ; 2502-5791 ; 1858-3598\nER  - \n';
    expect(one(ris, 'zotero.ris')).toMatchObject({ journal: 'Jurnal Ners', volume: '15', issue: '1', year: 2020, pages: '1-7' });
  });

  it('reads the OJS 2 form, and keeps pages a record gives of its own (BibTeX)', () => {
    const bib = `@article{a2020, title={Analisis semantik}, author={Agustin, Karunia}, journal={Alsina : Journal of Arabic Studies; Vol 2, No 2 (2020); 203-220 ; 26226146 ; 26226138}, year={2020}}
@article{b2020, title={Hubungan pengetahuan}, author={Siti, A}, journal={Jurnal Kebidanan; Vol 10 No 1 (2020): Jurnal Kebidanan; 1-10 ; 2549-7081}, pages={3--9}, year={2020}}
@article{c2020, title={Hanya nomor}, author={Siti, A}, journal={Jurnal Bidan; No 4 (2019); 11-20}, year={2019}}`;
    const { records } = parseBibliography(bib, 'mendeley.bib');
    expect(records[0]).toMatchObject({ journal: 'Alsina : Journal of Arabic Studies', volume: '2', issue: '2', pages: '203-220' });
    expect(records[1]).toMatchObject({ journal: 'Jurnal Kebidanan', volume: '10', issue: '1', pages: '3-9' });
    expect(records[2]).toMatchObject({ journal: 'Jurnal Bidan', issue: '4', pages: '11-20' });
    expect(records[2].volume).toBeUndefined();
  });

  it('takes no ISSN for the pages of an article without them', () => {
    const ris = 'TY  - JOUR\nTI  - Hubungan pengetahuan ibu\nAU  - Siti, A\nJO  - Jurnal Ners; Vol. 15 No. 1 (2020): April 2020 ; 2502-5791 ; 1858-3598\nER  - \n';
    expect(one(ris, 'zotero.ris')).toMatchObject({ journal: 'Jurnal Ners', volume: '15', issue: '1' });
    expect(one(ris, 'zotero.ris').pages).toBeUndefined();
    const bib =
      '@article{a2020, title={Analisis semantik}, author={Agustin, Karunia}, journal={Alsina : Journal of Arabic Studies; Vol 2, No 2 (2020) ; 26226146 ; 26226138}, year={2020}}';
    expect(one(bib, 'mendeley.bib').pages).toBeUndefined();
  });

  it('leaves a journal name with a semicolon of its own whole', () => {
    const ris = 'TY  - JOUR\nTI  - A study\nAU  - Lee, A\nJO  - Nursing; Research and Practice\nVL  - 4\nER  - \n';
    expect(one(ris, 'x.ris')).toMatchObject({ journal: 'Nursing; Research and Practice', volume: '4' });
  });
});

describe('Publish or Perish (Google Scholar)', () => {
  const header =
    'Cites,Authors,Title,Year,Source,Publisher,ArticleURL,CitesURL,GSRank,QueryDate,Type,DOI,ISSN,CitationURL,Volume,Issue,StartPage,EndPage,ECC,CitesPerYear,CitesPerAuthor,AuthorCount,Age,Abstract,FullTextURL,RelatedURL';
  const row = (authors: string, source: string, doi: string) =>
    `24,"${authors}","Faktor risiko kejadian stunting pada balita",2020,"${source}","BioOne","https://bioone.org/journals/x/${doi}","",4,"2022-06-03 12:54:03","","${doi}","","",,,,,24,4.8,8,3,5,"","",""`;

  it('drops what a publisher’s link adds after the DOI, so the copy matches the article', () => {
    for (const [given, doi] of [
      ['10.1638/2009-0160.1.short', '10.1638/2009-0160.1'],
      ['10.1177/0890334419830985.full.pdf', '10.1177/0890334419830985'],
      ['10.1136/bmj.f1234.full.html', '10.1136/bmj.f1234'],
      ['10.1136/bmj.f1234.full.pdf+html', '10.1136/bmj.f1234'],
      ['10.1088/1742-6596/1918/2/022001/meta', '10.1088/1742-6596/1918/2/022001'],
      ['10.3389/fpsyg.2019.00001/full', '10.3389/fpsyg.2019.00001'],
      ['10.1002/14651858.cd004667.pub5/abstract', '10.1002/14651858.cd004667.pub5'],
      ['10.5281/zenodo.1234', '10.5281/zenodo.1234'],
      ['10.1016/j.midw.2020.102573', '10.1016/j.midw.2020.102573'],
    ]) {
      expect(one(`${header}\n${row('A Lestari', 'Midwifery', given)}\n`, 'PoPCites.csv').doi, given).toBe(doi);
    }
  });

  it('marks an author list and a venue that Scholar cut short', () => {
    const cut = one(`${header}\n${row('C Kun‐Rodrigues, J Salmona, A Besolo, ...', 'Journal of Zoo and Wildlife …', '10.1638/x1')}\n`, 'PoPCites.csv');
    expect(cut).toMatchObject({ authors: ['C Kun‐Rodrigues', 'J Salmona', 'A Besolo'], authorsTruncated: true, journal: 'Journal of Zoo and Wildlife', journalTruncated: true });
    const whole = one(`${header}\n${row('C Kun‐Rodrigues, J Salmona', 'Primates', '10.1638/x2')}\n`, 'PoPCites.csv');
    expect(whole.authorsTruncated).toBeUndefined();
    expect(whole.journalTruncated).toBeUndefined();
  });
});

describe('An Indonesian abstract’s label', () => {
  it('goes without a colon before a capital, while an English first word stays', () => {
    const ris = (ab: string) => `TY  - JOUR\nTI  - Sistem absensi\nAU  - Rahman, A\nAB  - ${ab}\nER  - \n`;
    expect(one(ris('Abstrak Absensi menjadi bagian penting dari kedisiplinan.'), 'skripsi.ris').abstract).toBe('Absensi menjadi bagian penting dari kedisiplinan.');
    expect(one(ris('Abstract Reasoning tests were given to 40 students.'), 'x.ris').abstract).toBe('Abstract Reasoning tests were given to 40 students.');
    expect(one(ris('Abstrak: Anemia pada ibu hamil.'), 'x.ris').abstract).toBe('Anemia pada ibu hamil.');
  });
});

describe('Mendeley’s authors read from a PDF', () => {
  it('drops the affiliation lines read as authors, beside the people', () => {
    const bib = (authors: string) => `@article{m2019, title={Sistem informasi posyandu}, author={${authors}}, journal={Jurnal Teknik}, year={2019}}`;
    const read = (authors: string) => one(bib(authors), 'mendeley.bib').authors;
    expect(read('Meimaharani, Rizkysari and Teknik, Dosen Fakultas and Studi, Program and Informatika, Teknik and Kudus, Universitas Muria and Listyorini, Tri')).toEqual([
      'Meimaharani, Rizkysari',
      'Listyorini, Tri',
    ]);
    expect(read('Hidayah, Nurul and Keperawatan, Prodi and Sari, Dewi')).toEqual(['Hidayah, Nurul', 'Sari, Dewi']);
    // An institution as the only author stays; so do people's names.
    expect(read('{Fakultas Kedokteran Universitas Indonesia}')).toEqual(['Fakultas Kedokteran Universitas Indonesia']);
    expect(read('Studiawan, Hudan and Programa, Rina')).toEqual(['Studiawan, Hudan', 'Programa, Rina']);
    // Prodi is an Italian family name; a group author beside a person keeps its place.
    expect(read('Rossi, Marco and Prodi, Daniela')).toEqual(['Rossi, Marco', 'Prodi, Daniela']);
    expect(read('Rahmawati, Siti and {Tim Peneliti Fakultas Keperawatan Universitas Airlangga}')).toEqual([
      'Rahmawati, Siti',
      'Tim Peneliti Fakultas Keperawatan Universitas Airlangga',
    ]);
  });
});

describe('Google Scholar rows saved by Zotero', () => {
  it('take their year from the venue when no other field gives one', () => {
    const ris = (extra: string) => `TY  - JOUR\nTI  - Pijat oksitosin dan produksi ASI\nAU  - Lestari, D\nT2  - Jurnal Kesehatan …, 2021\n${extra}ER  - \n`;
    expect(one(ris(''), 'zotero.ris')).toMatchObject({ journal: 'Jurnal Kesehatan', journalTruncated: true, year: 2021 });
    // A year of its own wins; the venue is read as written.
    expect(one(ris('PY  - 2020\n'), 'zotero.ris').year).toBe(2020);
  });
});

describe('An author list ending in "et al." or "dkk."', () => {
  it('is marked as cut, without the mark as an author', () => {
    for (const others of ['et al.', 'dkk', 'Et Al']) {
      const ris = `TY  - JOUR\nTI  - Pijat oksitosin\nAU  - Lestari, D\nAU  - ${others}\nPY  - 2021\nER  - \n`;
      expect(one(ris, 'x.ris'), others).toMatchObject({ authors: ['Lestari, D'], authorsTruncated: true });
    }
    expect(one('TY  - JOUR\nTI  - Pijat oksitosin\nAU  - Lestari, D\nAU  - Alamsyah, Dedi\nPY  - 2021\nER  - \n', 'x.ris').authorsTruncated).toBeUndefined();
  });
});
