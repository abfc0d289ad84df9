// DSpace 7's Angular UI writes no Dublin Core tags: the item's abstract (dc.description.abstract,
// whole) only as the page's description, and a Generator tag naming DSpace (dspace-angular,
// src/app/core/metadata/metadata.service.ts in 7.x, head-tag.service.ts from 8: setDescriptionTag,
// setGenerator). Its 7.0 betas wrote that tag as property="desciption".
import { describe, expect, it } from 'vitest';
import { readPage } from './reader-page';

const ABSTRACT =
  'Stunting remains common among children under five in rural Java. We surveyed 412 mothers about feeding practices and measured their children at two health posts.';
const ITEM =
  '<meta name="citation_title" content="Feeding practices and stunting in rural Java"><meta name="citation_author" content="Rahmawati, Siti">' +
  '<meta name="citation_publication_date" content="2021-03-01"><meta name="citation_keywords" content="stunting; feeding">';

describe('a DSpace 7 item page', () => {
  it('gives the abstract DSpace writes as the page’s description', () => {
    const page = readPage(`${ITEM}<meta name="Generator" content="DSpace 7.6.1"><meta name="description" content="${ABSTRACT}">`);
    expect(page?.abstract).toBe(ABSTRACT);
  });

  it('gives the abstract of a 7.0 beta, whose tag is spelt "desciption"', () => {
    const page = readPage(`${ITEM}<meta property="Generator" content="DSpace 7.0-beta5"><meta property="desciption" content="${ABSTRACT}">`);
    expect(page?.abstract).toBe(ABSTRACT);
  });

  it('never takes another site’s description, a blurb or a teaser, for the abstract', () => {
    const blurb = '<meta name="description" content="The institutional repository of Universitas Contoh: theses, articles and reports.">';
    expect(readPage(ITEM + blurb)?.abstract).toBeUndefined();
    expect(readPage(`${ITEM}<meta name="Generator" content="WordPress 6.4">${blurb}`)?.abstract).toBeUndefined();
  });

  it('keeps an abstract tag before the description (DSpace 6 writes DCTERMS.abstract)', () => {
    const head = `${ITEM}<meta name="Generator" content="DSpace 6.3"><meta name="DCTERMS.abstract" content="${ABSTRACT}"><meta name="description" content="A short teaser.">`;
    expect(readPage(head)?.abstract).toBe(ABSTRACT);
  });
});
