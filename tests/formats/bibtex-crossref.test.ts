// BibTeX crossref and BibLaTeX xdata: a paper or chapter takes what it lacks from the entry it
// names, but never what identifies that entry (its DOI would merge every paper of a volume).
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../lib/formats';

const paper = `@inproceedings{smith2021,
  author = {Smith, Ann and Lee, Bo},
  title = {Oxytocin massage and breast-milk production},
  pages = {10--20},
  crossref = {proc2021}
}`;
const proceedings = `@proceedings{proc2021,
  title = {Proceedings of the International Conference on Midwifery},
  year = {2021},
  volume = {12},
  publisher = {Atlantis Press},
  language = {English},
  doi = {10.2991/proc.2021},
  url = {https://example.org/proc2021},
  abstract = {Papers of the conference.},
  keywords = {midwifery, conference},
  pmid = {33333333},
  note = {PMID: 44444444},
  eid = {2-s2.0-85000000001}
}`;
const other = '@article{plain, title={A plain article}, journal={Midwifery}, year={2019}}';

describe('BibTeX crossref', () => {
  it.each([
    ['after', [paper, other, proceedings], ['Oxytocin massage and breast-milk production', 'A plain article', 'Proceedings of the International Conference on Midwifery']],
    ['before', [proceedings, other, paper], ['Proceedings of the International Conference on Midwifery', 'A plain article', 'Oxytocin massage and breast-milk production']],
  ])('a paper takes venue, year and volume from proceedings that stand %s it; every record stays, in file order', (_, entries, titles) => {
    const { records, warnings } = parseBibtex(entries.join('\n\n'));
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.title)).toEqual(titles);
    expect(records.find((r) => r.title.startsWith('Oxytocin'))).toMatchObject({
      authors: ['Smith, Ann', 'Lee, Bo'],
      journal: 'Proceedings of the International Conference on Midwifery',
      year: 2021,
      volume: '12',
      pages: '10-20',
      language: 'English',
    });
  });

  it('never takes what identifies the parent: DOI, link, abstract, keywords, PMID, database id, title', () => {
    const { records } = parseBibtex(`${paper}\n${proceedings}`);
    const [a] = records;
    expect(a.year).toBe(2021);
    expect(a.title).toBe('Oxytocin massage and breast-milk production');
    expect(a.doi).toBeUndefined();
    expect(a.url).toBe('');
    expect(a.abstract).toBeUndefined();
    expect(a.keywords).toBeUndefined();
    expect(a.pmid).toBeUndefined();
    expect(a.sourceId).toBeUndefined();
    // The proceedings keep their own, as their own record.
    expect(records[1]).toMatchObject({ doi: '10.2991/proc.2021', pmid: '33333333', sourceId: '2-s2.0-85000000001' });
    // A child without a title is not given its parent's.
    const untitled = parseBibtex(`@inproceedings{x, author={Smith, Ann}, crossref={proc2021}}\n${proceedings}`);
    expect(untitled.records.map((r) => r.title)).toEqual(['Proceedings of the International Conference on Midwifery']);
    expect(untitled.warnings).toEqual(['line 1: record without a title skipped']);
  });

  it('keeps the fields the child has: its own year (or date), venue and journal win', () => {
    const own = paper.replace('pages', 'year = {2020}, booktitle = {Midwifery Workshop}, volume = {3}, pages');
    expect(parseBibtex(`${own}\n${proceedings}`).records[0]).toMatchObject({ year: 2020, journal: 'Midwifery Workshop', volume: '3', language: 'English' });
    const dated = paper.replace('pages', 'date = {2019-05-02}, pages');
    expect(parseBibtex(`${dated}\n${proceedings}`).records[0]).toMatchObject({ year: 2019, volume: '12' });
    const article = '@article{a, title={In a special issue}, journal={BMC Nursing}, crossref={proc2021}}';
    expect(parseBibtex(`${article}\n${proceedings}`).records[0]).toMatchObject({ journal: 'BMC Nursing', year: 2021 });
    // Classic BibTeX parents repeat their title as booktitle: the child takes that.
    const classic = proceedings.replace('year', 'booktitle = {ICM 2021}, year');
    expect(parseBibtex(`${paper}\n${classic}`).records[0].journal).toBe('ICM 2021');
  });

  it('finds the parent whatever the case of its key', () => {
    const { records, warnings } = parseBibtex(`${paper.replace('{proc2021}', '{PROC2021}')}\n${proceedings.replace('proc2021,', 'Proc2021,')}`);
    expect(warnings).toEqual([]);
    expect(records[0]).toMatchObject({ journal: 'Proceedings of the International Conference on Midwifery', year: 2021 });
  });

  it('reads an entry whose parent is not in the file as it is, with a warning naming both keys', () => {
    const { records, warnings } = parseBibtex(`${other}\n${paper.replace('{proc2021}', '{proc2099}')}`);
    expect(records.map((r) => r.title)).toEqual(['A plain article', 'Oxytocin massage and breast-milk production']);
    expect(records[1].journal).toBeUndefined();
    expect(warnings).toEqual(['line 2: entry "smith2021" names crossref "proc2099", which is not in the file: read without its fields']);
  });

  it('resolves one level, so that cycles and chains end', () => {
    const cycle = parseBibtex('@inbook{a, title={A}, year={2001}, crossref={b}}\n@inbook{b, title={B}, publisher={P}, crossref={a}}\n@misc{self, title={S}, crossref={self}}');
    expect(cycle.records.map((r) => [r.title, r.year, r.journal])).toEqual([
      ['A', 2001, 'B'],
      ['B', 2001, 'A'],
      ['S', undefined, undefined],
    ]);
    const chain = parseBibtex('@inbook{c, title={C}, crossref={b}}\n@book{b, title={B}, crossref={a}}\n@mvbook{a, title={A}, year={1999}, volume={2}}');
    expect(chain.records.map((r) => [r.title, r.year, r.journal, r.volume])).toEqual([
      ['C', undefined, 'B', undefined],
      ['B', 1999, 'A', '2'],
      ['A', 1999, undefined, '2'],
    ]);
  });
});

describe('BibLaTeX xdata', () => {
  it('an entry takes the fields of the xdata entries it names, before its crossref', () => {
    const text = [
      '@xdata{pub, publisher={Atlantis Press}, year={2022}, language={Indonesian}}',
      '@article{a, title={With shared data}, journal={Jurnal Bidan}, xdata={pub, gone}, crossref={proc2021}}',
      proceedings,
    ].join('\n');
    const { records, warnings } = parseBibtex(text);
    expect(records.find((r) => r.title === 'With shared data')).toMatchObject({ journal: 'Jurnal Bidan', year: 2022, language: 'Indonesian', volume: '12' });
    expect(warnings).toContain('line 2: entry "a" names xdata "gone", which is not in the file: read without its fields');
  });
});
