// An abstract read on a page opens with its label as often as an exported one does: HighWire's
// citation_abstract on bioRxiv ("ABSTRACT\nAn outbreak …"), OJS's DC.Description ("ABSTRAK\n…"),
// IEEE's template ("Abstract—…"). ArticleSchema drops it by the importers' own rule.
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../lib/model';
import { extractPage } from '../../lib/sites';

const withAbstract = (abstract: string) => ArticleSchema.parse({ title: 'Pijat oksitosin', authors: [], url: '', source: 'web', abstract }).abstract;

describe("an abstract's own label", () => {
  it.each([
    ['ABSTRACT\nAn outbreak of pneumonia in Wuhan.', 'An outbreak of pneumonia in Wuhan.'],
    ['ABSTRAK\nLatar belakang: ASI eksklusif rendah.', 'Latar belakang: ASI eksklusif rendah.'],
    ['Abstract: Background: breastfeeding rates are low.', 'Background: breastfeeding rates are low.'],
    ['Abstract—One of the obstacles is milk supply.', 'One of the obstacles is milk supply.'],
    ['Abstrak Pijat oksitosin meningkatkan produksi ASI.', 'Pijat oksitosin meningkatkan produksi ASI.'],
  ])('is dropped: %j', (written, kept) => {
    expect(withAbstract(written)).toBe(kept);
  });

  it.each(['Abstract reasoning was measured in 60 mothers.', 'ABSTRACT THINKING IN MIDWIFERY STUDENTS was assessed.', 'Abstract-based learning helped.'])(
    "stays when it is the abstract's own first word: %j",
    (written) => {
      expect(withAbstract(written)).toBe(written);
    },
  );

  it('keeps a label with nothing after it (no abstract is made empty)', () => {
    expect(withAbstract('Abstract:')).toBe('Abstract:');
  });

  it('is dropped from a page read by its meta tags (the generic reader, through the schema)', () => {
    const html = `<html><head><meta name="citation_title" content="Oxytocin massage and milk">
      <meta name="citation_author" content="Sari, Dewi"><meta name="citation_abstract" content="ABSTRACT
An outbreak of low milk supply."></head><body></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const page = extractPage(doc, 'https://www.biorxiv.org/content/10.1101/2020.01.01.000001v1');
    const [article] = page?.articles ?? [];
    expect(ArticleSchema.parse(article).abstract).toBe('An outbreak of low milk supply.');
  });
});
