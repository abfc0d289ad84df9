// SpringerLink's "Download search results (CSV)" (lib/formats/csv-profiles-springer.ts): read as a
// known export, not sent to the column mapping, its authors cell — written with nothing between
// the names — split into persons.
import { describe, expect, it } from 'vitest';
import { CsvMappingRequiredError, guessColumnMapping, parseBibliography } from '../../lib/formats';
import { springerAuthors } from '../../lib/formats/csv-profiles-springer';
import { withoutDegreesAfterName } from '../../lib/model/names';

const HEADER = 'Item Title,Publication Title,Book Series Title,Journal Volume,Journal Issue,Item DOI,Authors,Publication Year,URL,Content Type';

const CHAPTER =
  '"Pengaruh Pijat Oksitosin terhadap Produksi ASI","Proceedings of the International Conference on Nursing Science","Advances in Health Sciences Research","","","10.1007/978-981-16-0001-1_25","Siti H. RahmawatiB. A. SantosoDewi Lestari","2022","http://link.springer.com/chapter/10.1007/978-981-16-0001-1_25","Chapter"';
const ARTICLE =
  'Oxytocin massage and breast milk production,Journal of Nursing Research,,47,1,10.1007/s40812-019-00139-5,Maciej KuźniarPeter PerešíniDejan Kostić,2020,http://link.springer.com/article/10.1007/s40812-019-00139-5,Article';

describe('SpringerLink CSV', () => {
  it('is a known export: no column mapping asked for', () => {
    const result = parseBibliography([HEADER, CHAPTER, ARTICLE].join('\n'), 'SearchResults.csv');
    expect(result.dialect).toBe('springer');
    expect(result.warnings).toEqual([]);
    const [chapter, article] = result.records;
    expect(chapter).toMatchObject({
      title: 'Pengaruh Pijat Oksitosin terhadap Produksi ASI',
      authors: ['Siti H. Rahmawati', 'B. A. Santoso', 'Dewi Lestari'],
      year: 2022,
      // The book the chapter is in, not its series.
      journal: 'Proceedings of the International Conference on Nursing Science',
      doi: '10.1007/978-981-16-0001-1_25',
      url: 'http://link.springer.com/chapter/10.1007/978-981-16-0001-1_25',
    });
    expect(article).toMatchObject({
      authors: ['Maciej Kuźniar', 'Peter Perešíni', 'Dejan Kostić'],
      journal: 'Journal of Nursing Research',
      volume: '47',
      issue: '1',
      doi: '10.1007/s40812-019-00139-5',
    });
  });

  it('reads the file a spreadsheet saved again with empty columns after the header', () => {
    const text = [`${HEADER},,,,`, `${ARTICLE},,,,`].join('\r\n');
    expect(parseBibliography(text, 'springer.csv').records[0].authors).toEqual(['Maciej Kuźniar', 'Peter Perešíni', 'Dejan Kostić']);
  });

  it('splits glued names where the next name starts, keeping names with a capital inside', () => {
    expect(springerAuthors('Sachin H. DarekarM. Z. ShaikhHarshal B. Kondke')).toEqual(['Sachin H. Darekar', 'M. Z. Shaikh', 'Harshal B. Kondke']);
    expect(springerAuthors('Abdullah Alshra’aSeitz Jochen')).toEqual(['Abdullah Alshra’a', 'Seitz Jochen']);
    expect(springerAuthors('Evelien M. de OldeVladislav Valentinov')).toEqual(['Evelien M. de Olde', 'Vladislav Valentinov']);
    // "Le" is a family name here: the next person has several words.
    expect(springerAuthors('Tran Hoang Quoc BaoLong Tan LeTran Ngoc Thinh')).toEqual(['Tran Hoang Quoc Bao', 'Long Tan Le', 'Tran Ngoc Thinh']);
    expect(springerAuthors('Ewan McGregorJean LeBlancAnna MacKenzie')).toEqual(['Ewan McGregor', 'Jean LeBlanc', 'Anna MacKenzie']);
    expect(springerAuthors('Md.Wahidul AlamMd.Simul BhuyanXu Xiangmin')).toEqual(['Md.Wahidul Alam', 'Md.Simul Bhuyan', 'Xu Xiangmin']);
    expect(springerAuthors('Sangeeta Mittal')).toEqual(['Sangeeta Mittal']);
  });

  it('splits a name glued after a word in capitals or a degree (MD, PhD, a family name in capitals)', () => {
    expect(springerAuthors('Jane Smith MD, PhD, MASNCMiguel Morita')).toEqual(['Jane Smith MD, PhD, MASNC', 'Miguel Morita']);
    expect(springerAuthors('Jane Smith PhDMiguel Morita')).toEqual(['Jane Smith PhD', 'Miguel Morita']);
    expect(springerAuthors('Wei ZHANGLi WANGAnna MacKenzie')).toEqual(['Wei ZHANG', 'Li WANG', 'Anna MacKenzie']);
    // Real SpringerLink names (MarceMMAD/extractor-de-abstracts SearchResults.csv) stay as they were split.
    expect(springerAuthors('Gilson Yukio SatoHilton José Silva de AzevedoJean-Paul A. Barthès')).toEqual([
      'Gilson Yukio Sato',
      'Hilton José Silva de Azevedo',
      'Jean-Paul A. Barthès',
    ]);
    expect(springerAuthors('D. Barnard-WillsD. Ashenden')).toEqual(['D. Barnard-Wills', 'D. Ashenden']);
  });

  it('guesses Springer’s column names when a reviewer maps a file of that kind', () => {
    expect(guessColumnMapping(HEADER.split(','))).toMatchObject({ title: 'Item Title', doi: 'Item DOI', volume: 'Journal Volume', issue: 'Journal Issue' });
  });

  it('keeps glued names whole once split: Md. (Muhammad) and titles before a name', () => {
    const row = ARTICLE.replace('Maciej KuźniarPeter PerešíniDejan Kostić', 'Md.Wahidul AlamDr Xu XiangminProf Issam Tlemsani');
    expect(parseBibliography([HEADER, row].join('\n'), 'springer.csv').records[0].authors).toEqual(['Md.Wahidul Alam', 'Xu Xiangmin', 'Issam Tlemsani']);
  });

  it('takes a CSV with Springer’s title column for a CSV, and asks for a mapping of columns it does not know', () => {
    expect(() => parseBibliography('Item Title,Something\nA title,x\n', 'x.csv')).toThrow(CsvMappingRequiredError);
  });

  // Real SpringerLink cells run names together as "Sonia RoyoAna Yetano" (MarceMMAD/extractor-de-abstracts
  // SearchResults.csv); no real cell with dotless initials or degrees after the name was found in the
  // public index, so these cells are written on that pattern.
  it('splits names whose initials have no dots ("AJ SmithBJ Jones"), names with a capital inside kept whole', () => {
    expect(springerAuthors('AJ SmithBJ JonesC Lee')).toEqual(['AJ Smith', 'BJ Jones', 'C Lee']);
    expect(springerAuthors('Tyler J. VanderWeeleAJ SmithRebecca DerSimonianJoAnn E. MansonAbdullah AlQahtani')).toEqual([
      'Tyler J. VanderWeele',
      'AJ Smith',
      'Rebecca DerSimonian',
      'JoAnn E. Manson',
      'Abdullah AlQahtani',
    ]);
    // A degree run together is no name's start.
    expect(springerAuthors('Sarah Smith MBChBMiguel Morita')).toEqual(['Sarah Smith MBChB', 'Miguel Morita']);
  });

  it('reads each "Given Family" name without the degrees after it', () => {
    const row = ARTICLE.replace('Maciej KuźniarPeter PerešíniDejan Kostić', '"Sarah Smith MD, PhDDewi Sari S.Kep., Ns., M.KepJohn Lee MBChB, FRCSMiguel MoritaAJ Smith"');
    const authors = parseBibliography([HEADER, row].join('\n'), 'springer.csv').records[0].authors;
    expect(authors).toEqual(['Sarah Smith', 'Dewi Sari', 'John Lee', 'Miguel Morita', 'AJ Smith']);
    expect(['Sarah Smith PhD', 'Jane Smith MD, PhD, MASNC', 'Sarah Smith MD MPH', 'Wei ZHANG', 'Li Na'].map(withoutDegreesAfterName)).toEqual([
      'Sarah Smith',
      'Jane Smith',
      'Sarah Smith',
      'Wei ZHANG',
      'Li Na',
    ]);
    // A family name in capitals that is also a degree (reviewer R3): Ma Xiaowei, Do Van Minh keep theirs.
    expect(['Xiao Wei MA', 'Xiao Wei MA, PhD', 'Van Minh DO'].map(withoutDegreesAfterName)).toEqual(['Xiao Wei MA', 'Xiao Wei MA', 'Van Minh DO']);
  });
});
