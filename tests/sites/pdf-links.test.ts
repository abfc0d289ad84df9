// What a page offers as its PDF may be a resolver that only leads back to a landing page:
// Semantic Scholar writes `citation_pdf_url` "https://doi.org/10.1177/23998083221081530" for a
// paper with no open copy. The record's PDF link is a PDF's own address or none, on every site.
import { describe, expect, it } from 'vitest';
import { finish } from '../../lib/sites/dom';
import { PAGE_URL, readPage, TITLE } from './reader-page';

const pdfTag = (href: string) => `${TITLE}<meta name="citation_pdf_url" content="${href}">`;

describe('a PDF link that is a resolver or the landing page', () => {
  it('is not kept as the PDF by the page reader', () => {
    for (const href of [
      'https://doi.org/10.1177/23998083221081530',
      'http://dx.doi.org/10.1177/23998083221081530',
      'https://hdl.handle.net/123456789/4521',
      'http://handle.net/10419/213456',
      'https://n2t.net/ark:/13030/tf5p30086k',
      'https://nbn-resolving.org/urn:nbn:de:0168-ssoar-12345',
      'https://linkinghub.elsevier.com/retrieve/pii/S0140673620301835',
      PAGE_URL,
      `${PAGE_URL}#pdf`,
    ])
      expect(readPage(pdfTag(href))?.pdfUrl, href).toBeUndefined();
  });

  it("is not kept by any site's adapter (all go through finish)", () => {
    const article = { title: 'T', authors: [], url: 'https://example.org/a/1', source: 'garuda' as const };
    expect(finish({ ...article, pdfUrl: 'https://doi.org/10.1000/x.1' })?.pdfUrl).toBeUndefined();
    // A Scholar row whose title links to the PDF itself: its link and its PDF are one.
    expect(finish({ ...article, url: 'https://example.org/a.pdf', pdfUrl: 'https://example.org/a.pdf' })?.pdfUrl).toBe('https://example.org/a.pdf');
  });

  it("keeps a PDF's own address, with or without .pdf", () => {
    for (const href of [
      'https://arxiv.org/pdf/1706.03762',
      'https://journals.plos.org/plosone/article/file?id=10.1371/journal.pone.0000001&type=printable',
      'https://journal.example.ac.id/index.php/jk/article/download/77/51',
      'https://www.biorxiv.org/content/biorxiv/early/2020/03/27/2020.03.22.002386.full.pdf',
      // A journal's own host that merely contains "doi" is no resolver.
      'https://ejournal.doi-indonesia.org/files/77.pdf',
    ])
      expect(readPage(pdfTag(href))?.pdfUrl, href).toBe(href);
  });
});
