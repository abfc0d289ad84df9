// "English title [Original-language title]": Scopus's way of giving an article published in
// another language (RIS, CSV, BibTeX alike). The English part is the title, the bracket its
// originalTitle; brackets that belong to real titles stay where they are.
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../lib/dedup';
import { serialiseBibtex, serialiseRis } from '../../lib/formats';
import type { Article } from '../../lib/model/article';
import { filterRows, NO_FILTER, toRows } from '../../lib/review/query';
import { oneRecord } from './helpers';

const EN = 'Effect of oxytocin massage on breast milk production';
const ID = 'Pengaruh pijat oksitosin terhadap produksi ASI';
const EID = '2-s2.0-85074596690';
const SCOPUS_LINK = `https://www.scopus.com/inward/record.uri?eid=${EID}&partnerID=40&md5=1`;

const ris = (title: string, more = '') => `TY  - JOUR\nTI  - ${title}\nAU  - Rahmawati, S.\nPY  - 2020\n${more}ER  - \n`;
const scopusRis = (title: string) => ris(title, `UR  - ${SCOPUS_LINK}\nDB  - Scopus\n`);
const scopusCsv = (title: string) =>
  `"Authors","Author full names","Title","Year","Source title","DOI","Link","EID"\n"Rahmawati S.","Rahmawati, Siti (57201234567)","${title}","2020","Jurnal Ners","","${SCOPUS_LINK}","${EID}"\n`;
const scopusBib = (title: string) =>
  `Scopus\nEXPORT DATE: 1 May 2024\n\n@ARTICLE{Rahmawati2020,\nauthor={Rahmawati, S.},\ntitle={${title}},\njournal={Jurnal Ners},\nyear={2020},\nurl={${SCOPUS_LINK}},\nsource={Scopus}\n}\n`;
const titles = (a: Article) => [a.title, a.originalTitle];

describe('a translated title with its original in brackets', () => {
  it.each([
    ['Scopus RIS', scopusRis],
    ['Scopus CSV', scopusCsv],
    ['Scopus BibTeX', scopusBib],
  ])('%s: the English title, the original kept apart', (_, file) => {
    expect(titles(oneRecord(file(`${EN} [${ID}]`)))).toEqual([EN, ID]);
    // Any other language, and an original with brackets of its own inside round ones.
    // A title that starts like a notice but is none.
    expect(titles(oneRecord(file('Response of maize to nitrogen fertiliser [Respuesta del maíz a la fertilización nitrogenada]')))).toEqual([
      'Response of maize to nitrogen fertiliser',
      'Respuesta del maíz a la fertilización nitrogenada',
    ]);
    const fr = "Breeding birds of a Rhine riverine forest (part one) [Peuplement d'oiseaux nicheurs d'une forêt alluviale du Rhin (première partie)]";
    expect(titles(oneRecord(file(fr)))).toEqual([
      'Breeding birds of a Rhine riverine forest (part one)',
      "Peuplement d'oiseaux nicheurs d'une forêt alluviale du Rhin (première partie)",
    ]);
  });

  it('from any other exporter too when the bracket is in another language than the English title before it', () => {
    expect(titles(oneRecord(ris(`${EN} [${ID}]`)))).toEqual([EN, ID]);
    const es = 'Effects of traffic noise on occupancy patterns of forest birds [Efectos del ruido de tráfico sobre los patrones de ocupación de aves]';
    expect(oneRecord(ris(es)).originalTitle).toBe('Efectos del ruido de tráfico sobre los patrones de ocupación de aves');
  });

  it.each([
    // Notes databases and publishers bracket after titles, from Scopus as from anywhere.
    'Oxytocin and breastfeeding: a reply [Letter]',
    'Midwifery education in Indonesia [Editorial]',
    'StatPearls: Postpartum Hemorrhage [Internet]',
    'Birds of primary and secondary forest and shrub habitats in the peat swamp of Berbak National Park, Sumatra [version 2; peer review: 2 approved]',
    'Breast milk and infant growth: a cohort study [Retracted]',
    'Massage therapy for postpartum mothers [Article in Indonesian]',
    'Interventions for preventing postpartum haemorrhage [Review] [45 refs]',
    'Uptake of [18F]FDG in breast tissue during lactation',
    'Radiosynthesis of 6-[(11)C]',
    'Synthesis of poly[2-methoxy-5-(2-ethylhexyloxy)-1,4-phenylene vinylene]',
    'The role of [11C]raclopride binding [in vivo] in healthy volunteers',
    'Family support and exclusive breastfeeding in Central Java [Doctoral dissertation, Universitas Indonesia]',
    'Oxytocin massage and breast milk volume [Conference abstract of the Indonesian Midwives Association]',
    // A notice that cites the article it corrects.
    'Corrigendum to “Effect of oxytocin massage on breast milk production” [Int. J. Nurs. Stud. 98 (2019) 1–10]',
    'Erratum to Oxytocin massage and lactation [Jurnal Ners Volume 5 Nomor 1]',
    'Correction to: Pijat oksitosin dan produksi ASI pada ibu nifas [Jurnal Keperawatan Indonesia]',
    // A bracket inside the title, not at its end.
    'Effects of [a new] massage on breast milk production in mothers',
  ])('keeps a title that ends with a bracket of its own: %s', (title) => {
    for (const file of [scopusRis(title), ris(title), scopusCsv(title)]) {
      const record = oneRecord(file);
      expect(titles(record)).toEqual([title, undefined]);
    }
  });

  it('keeps an English bracket whole unless the record is Scopus’s', () => {
    const title = 'Outcomes of perineal massage in primiparous women [Randomised controlled trial protocol]';
    expect(titles(oneRecord(ris(title)))).toEqual([title, undefined]);
    expect(titles(oneRecord(ris(`Pijat oksitosin pada ibu nifas [${ID}]`)))).toEqual([`Pijat oksitosin pada ibu nifas [${ID}]`, undefined]);
  });

  it('reads the original-language title PubMed (TT), CSL JSON (original-title) and Embase CSV ("Original Title") give apart', () => {
    const nbib = `PMID- 31999999\nTI  - [${EN}].\nTT  - ${ID}.\nAU  - Rahmawati S\nDP  - 2020\n\n`;
    expect(titles(oneRecord(nbib))).toEqual([`${EN}.`, `${ID}.`]);
    const csl = JSON.stringify([{ type: 'article-journal', title: EN, 'original-title': ID, author: [{ family: 'Rahmawati', given: 'Siti' }] }]);
    expect(titles(oneRecord(csl))).toEqual([EN, ID]);
    const embase = `Title,Original Title,Author Names,Source title,Publication year\n${EN},${ID},"Rahmawati S.",Jurnal Ners,2020\n`;
    expect(titles(oneRecord(embase))).toEqual([EN, ID]);
  });

  it('is written back after the title by every export, and read again as it was', () => {
    const article = oneRecord(scopusRis(`${EN} [${ID}]`));
    expect(serialiseRis([{ article }])).toContain(`TI  - ${EN} [${ID}]`);
    expect(serialiseBibtex([{ article }])).toContain(`${EN} [${ID}]`);
    expect(titles(oneRecord(serialiseRis([{ article }])))).toEqual([EN, ID]);
  });

  it('is not written twice when the title holds it already (a record joined with an older copy)', () => {
    const article = oneRecord(scopusRis(`${EN} [${ID}]`));
    for (const title of [`${EN} [${ID}]`, ID]) {
      const joined = { ...article, title };
      expect(serialiseRis([{ article: joined }])).toContain(`TI  - ${title}\r\n`);
    }
  });

  it('is searched with the title', () => {
    const article = oneRecord(scopusRis(`${EN} [${ID}]`));
    const record = { reviewId: 'r', key: 'k', aliases: [], addedAt: 1, updatedAt: 1, sources: [{ database: 'import', at: 1 }], article };
    expect(filterRows(toRows([record], new Map()), { ...NO_FILTER, text: 'pijat oksitosin' })).toHaveLength(1);
  });

  it('is matched to a record that has only the original (Garuda)', () => {
    const article = oneRecord(scopusRis(`${EN} [${ID}]`));
    const garuda = oneRecord(ris(ID, 'UR  - https://garuda.kemdikbud.go.id/documents/detail/1092763\n'));
    expect(findDuplicates([article, garuda]).groups).toEqual([[0, 1]]);
  });
});
