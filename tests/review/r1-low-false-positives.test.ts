// R1 review, smaller false positives and importer disagreements of the 33222c5..main import changes.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const first = (text: string, name: string) => parseBibliography(text, name).records[0];

describe('BibTeX: a capitalised term opening an abstract is no flat "Abstract" heading (crossref-abstracts.ts)', () => {
  // withoutFlatHeading runs on every BibTeX abstract (Scopus, ACL Anthology, Zotero …), not only Wiley's.
  it('"Abstract Meaning Representation (AMR) is …" keeps its first word', () => {
    const bib =
      '@article{wang2015, title = {A transition-based parser for AMR}, author = {Wang, Chuan}, year = {2015},\n abstract = {Abstract Meaning Representation (AMR) is a semantic formalism for sentences.}}\n';
    expect(first(bib, 'acl.bib').abstract).toBe('Abstract Meaning Representation (AMR) is a semantic formalism for sentences.');
  });
});

describe("Ovid's '.,' paragraphs (capital-sections.ts): a botanical authority is no paragraph end", () => {
  // Ovid hosts AMED, CAB Abstracts and Embase: herbal-medicine abstracts name plants with their
  // authorities, "Phaleria macrocarpa (Scheff.) Boerl., Curcuma xanthorrhiza Roxb." (jamu).
  it('"Boerl., Curcuma" stays in its sentence', () => {
    const abstract = 'Extracts of Phaleria macrocarpa (Scheff.) Boerl., Curcuma xanthorrhiza Roxb. and Zingiber officinale were tested.';
    const ris = `TY  - JOUR\r\nTI  - Jamu for hypertension\r\nAB  - ${abstract}\r\nUR  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=amed&NEWS=N&AN=123456\r\nER  - \r\n`;
    expect(first(ris, 'ovid.ris').abstract).toBe(abstract);
  });
});

describe('one rule for one exporter in BibTeX and RIS', () => {
  it("DBLP's RIS of an arXiv preprint reads as its BibTeX does (journal arXiv, no volume)", () => {
    const ris = 'TY  - JOUR\r\nTI  - Deep learning for triage\r\nAU  - Smith, John\r\nJO  - CoRR\r\nVL  - abs/1907.04907\r\nPY  - 2019\r\nER  - \r\n';
    const bib =
      '@article{DBLP:journals/corr/abs-1907-04907, title = {Deep learning for triage}, author = {John Smith}, journal = {CoRR}, volume = {abs/1907.04907}, year = {2019}}\n';
    const [r, b] = [first(ris, 'dblp.ris'), first(bib, 'dblp.bib')];
    expect({ journal: r.journal, volume: r.volume }).toEqual({ journal: b.journal, volume: b.volume });
  });

  it("Mendeley's RIS with the month where the issue goes ('IS  - June') gives no issue, as its BibTeX", () => {
    const ris = 'TY  - JOUR\r\nTI  - Oxytocin massage\r\nT2  - Scientific Reports\r\nVL  - 6\r\nIS  - June\r\nPY  - 2016\r\nER  - \r\n';
    expect(first(ris, 'mendeley.ris').issue).toBeUndefined();
  });
});

describe('PubMed XML MathML (mathml.ts): a fraction is no number', () => {
  it('<mfrac>1 2</mfrac> mg/kg does not read as "12mg/kg"', () => {
    const xml =
      '<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>31999999</PMID><Article><ArticleTitle>Dosing</ArticleTitle><Abstract><AbstractText>A dose of <mml:math><mml:mrow><mml:mfrac><mml:mn>1</mml:mn><mml:mn>2</mml:mn></mml:mfrac><mml:mtext>mg/kg</mml:mtext></mml:mrow></mml:math> was given.</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>';
    expect(first(xml, 'pubmed.xml').abstract).not.toContain('12mg');
  });
});
