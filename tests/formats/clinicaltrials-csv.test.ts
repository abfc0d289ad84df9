// ClinicalTrials.gov's CSV of a search (lib/formats/csv-profiles-registry.ts), in the 2023 site's
// columns and the classic site's: read as registrations, not sent to the column mapping.
import { describe, expect, it } from 'vitest';
import { guessColumnMapping, parseBibliography } from '../../lib/formats';

const MODERN = [
  'NCT Number,Study Title,Study URL,Acronym,Study Status,Brief Summary,Study Results,Conditions,Interventions,Primary Outcome Measures,Sponsor,Start Date,First Posted',
  'NCT05123456,Oxytocin Massage for Breast Milk Production in Postpartum Mothers,https://clinicaltrials.gov/study/NCT05123456,OXYMILK,COMPLETED,"A randomised trial of oxytocin massage; milk volume \\> 20 mL at day 3, dose 5\\*10\\^5.",NO,Lactation|Postpartum,BEHAVIORAL: Oxytocin massage|OTHER: Usual care,"Milk volume, the volume of breast milk expressed by the mother in the morning session and measured by the midwife at the health centre, at day 3",Universitas Airlangga,2021-03-01,2021-11-02',
].join('\n');

const CLASSIC = [
  'Rank,NCT Number,Title,Acronym,Status,Study Results,Conditions,Interventions,Outcome Measures,Sponsor/Collaborators,Start Date,First Posted,URL',
  '1,NCT03456789,Breastfeeding Support by Midwives,,Completed,No Results Available,Breastfeeding,Dietary Supplement: Moringa leaf extract|Behavioral: Counselling,Exclusive breastfeeding,Universitas Indonesia,"January 5, 2018","March 7, 2018",https://ClinicalTrials.gov/show/NCT03456789',
].join('\n');

describe('ClinicalTrials.gov CSV', () => {
  it('reads the 2023 layout: title, summary without Markdown escapes, register, NCT number, registration year', () => {
    const result = parseBibliography(MODERN, 'ctg-studies.csv');
    expect(result.dialect).toBe('clinicaltrials');
    expect(result.warnings).toEqual([]);
    expect(result.records[0]).toMatchObject({
      title: 'Oxytocin Massage for Breast Milk Production in Postpartum Mothers',
      authors: [],
      year: 2021,
      journal: 'clinicaltrials.gov',
      url: 'https://clinicaltrials.gov/study/NCT05123456',
      sourceId: 'NCT05123456',
      abstract: 'A randomised trial of oxytocin massage; milk volume > 20 mL at day 3, dose 5*10^5.',
      keywords: ['Lactation', 'Postpartum', 'Oxytocin massage', 'Usual care'],
    });
  });

  it('reads the classic layout, its interventions without their type', () => {
    const [record] = parseBibliography(CLASSIC, 'SearchResults.csv').records;
    expect(record).toMatchObject({
      title: 'Breastfeeding Support by Midwives',
      year: 2018,
      journal: 'clinicaltrials.gov',
      sourceId: 'NCT03456789',
      keywords: ['Breastfeeding', 'Moringa leaf extract', 'Counselling'],
    });
  });

  it('dates a registration by its start when the download leaves "First Posted" out', () => {
    const text = MODERN.replace(',First Posted', '').replace(',2021-11-02', '').replace('2021-03-01', '2019-12');
    expect(parseBibliography(text, 'ctg-studies.csv').records[0].year).toBe(2019);
  });

  it('does not take the outcome measures for an abstract left unread', () => {
    const text = MODERN.replace('Brief Summary,', 'Left Out,');
    expect(parseBibliography(text, 'ctg-studies.csv').warnings).toEqual([]);
  });

  it('guesses the title and summary when a reviewer maps such a file', () => {
    expect(guessColumnMapping(['NCT Number', 'Study Title', 'Brief Summary'])).toMatchObject({ title: 'Study Title', abstract: 'Brief Summary' });
  });
});
