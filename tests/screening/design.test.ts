import { describe, expect, it } from 'vitest';
import { checkDesign, designsOfTerm, detectDesigns, protocolDesigns } from '../../lib/screening/design';
import { ReviewSchema } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';

const designs = (title: string, abstract?: string) => detectDesigns(title, abstract).map((h) => h.design);

describe('study design detection', () => {
  it.each([
    ['Effect of oxytocin massage on breast milk production: a quasi-experimental study', 'quasi-experimental'],
    ['Pengaruh pijat oksitosin terhadap produksi ASI: penelitian kuasi eksperimen', 'quasi-experimental'],
    ['Desain quasy eksperimen dengan kelompok kontrol', 'quasi-experimental'],
    ['Penelitian eksperimen semu pada ibu nifas', 'quasi-experimental'],
    ['Pre-experimental study of back massage', 'pre-experimental'],
    ['Desain pra eksperimen dengan one group pretest posttest', 'pre-experimental'],
    ['A one-group pretest-posttest design', 'pre-experimental'],
    ['Pretest-posttest with control group design in postpartum mothers', 'quasi-experimental'],
    ['A randomised controlled trial of breast massage', 'randomized controlled trial'],
    ['Uji klinis acak terkontrol pijat laktasi', 'randomized controlled trial'],
    ['Oxytocin massage: a systematic review', 'systematic review'],
    ['Tinjauan sistematis pijat oksitosin', 'systematic review'],
    ['Pijat oksitosin: literature review', 'literature review'],
    ['Studi literatur tentang ASI', 'literature review'],
    ['Laporan kasus: mastitis pada ibu nifas', 'case report'],
    ['A cross-sectional survey of breastfeeding', 'cross-sectional'],
    ['Studi kualitatif pengalaman ibu menyusui', 'qualitative'],
  ])('%s → %s', (title, expected) => {
    expect(designs(title)).toContain(expected);
  });

  it('reads the abstract when the title names no design, and prefers the title when it does', () => {
    expect(designs('Oxytocin massage and milk', 'This study used a quasi-experimental design.')).toEqual(['quasi-experimental']);
    expect(designs('A systematic review of massage', 'Included trials were quasi-experimental.')).toEqual(['systematic review']);
  });

  it('finds nothing in text that names no design', () => {
    expect(designs('Oxytocin massage and milk volume', 'Mothers were massaged daily.')).toEqual([]);
  });

  it('maps protocol terms to designs', () => {
    expect(designsOfTerm('RCT')).toEqual(['randomized controlled trial']);
    expect(designsOfTerm('kuasi eksperimen')).toEqual(['quasi-experimental']);
    expect(designsOfTerm('cohort')).toEqual(['cohort']);
  });

  it('checks the guess against accepted and excluded designs', () => {
    const accepted = ['pre-experimental', 'quasi-experimental'];
    const excluded = ['systematic review', 'literature review', 'case report'];
    expect(checkDesign(detectDesigns('Kuasi eksperimen pijat oksitosin'), accepted, excluded).result).toBe('pass');
    expect(checkDesign(detectDesigns('Pijat oksitosin: a literature review'), accepted, excluded).result).toBe('fail');
    expect(checkDesign(detectDesigns('Oxytocin massage and milk'), accepted, excluded).result).toBe('unknown');
    expect(checkDesign(detectDesigns('A cohort of mothers'), accepted, excluded).result).toBe('unknown');
  });

  it("uses the study-design (S) criterion's terms when the review lists no designs of its own", () => {
    const review = ReviewSchema.parse(blankReview('r', 'Pijat oksitosin'));
    review.criteria.studyDesign = { description: '', include: ['quasi experiment', 'pra eksperimen', 'pretest posttest'], exclude: ['literature review'] };
    const { accepted, excluded } = protocolDesigns(review);
    expect(checkDesign(detectDesigns('Kuasi eksperimen pijat oksitosin'), accepted, excluded).result).toBe('pass');
    expect(checkDesign(detectDesigns('Pijat oksitosin: a literature review'), accepted, excluded).result).toBe('fail');
    // The review's own lists, once filled, are what count.
    review.designs = { accepted: ['randomized controlled trial'], excluded: [] };
    const own = protocolDesigns(review);
    expect(checkDesign(detectDesigns('Kuasi eksperimen pijat oksitosin'), own.accepted, own.excluded).result).toBe('unknown');
  });
});
