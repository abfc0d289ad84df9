// Atypon's "core" design (SAGE since 2022, PNAS, AHA journals, ACM) writes Dublin Core alone in its
// head, dc.Date being the day the article went online, and the journal and issue only in the page's
// schema.org RDFa: its "Published In" block, as AHA's Hypertension prints it.
import { describe, expect, it } from 'vitest';
import { readPage } from './reader-page';

const HEAD =
  '<meta name="dc.Title" content="Self-care among adults with heart failure"><meta name="dc.Creator" content="Dewi  Sari">' +
  '<meta name="dc.Date" scheme="WTN8601" content="2022-11-03"><meta name="dc.Identifier" scheme="publisher-id" content="10.1177_10547738221130000">' +
  '<meta name="dc.Identifier" scheme="doi" content="10.1177/10547738221130000"><meta name="dc.Publisher" content="SAGE Publications">';
const PUBLISHED_IN =
  '<section id="tab-information"><h3>Information</h3><section><h4>Published In</h4><div>' +
  '<div property="isPartOf" typeof="Periodical"><a href="/toc/cnr"><span property="name">Clinical Nursing Research</span></a></div>' +
  '<span property="volumeNumber">32</span><span property="issueNumber">4</span><span property="datePublished">May 2023</span>' +
  '<span property="pageStart">720</span><span property="pageEnd">729</span></div></section>' +
  '<section property="keywords"><h4>Keywords</h4><ol><li>heart failure</li><li>self-care</li></ol></section><section><h4>Subjects</h4><ol><li>Cardiology</li></ol></section>' +
  '<section><h4>History</h4><div><b>Published online</b>: 3 November 2022</div><div><b>Issue published</b>: May 2023</div></section></section>';
const REFERENCES =
  '<section id="bibliography" role="doc-bibliography"><h2>References</h2><div role="listitem"><div vocab="http://schema.org/" typeof="ScholarlyArticle">' +
  '<span property="isPartOf" typeof="PublicationIssue"><span property="name" typeof="Periodical">Heart Lung</span> <span property="datePublished">2019</span>;' +
  '<span property="volumeNumber">48</span>(<span property="issueNumber">2</span>)</span></div></div></section>';

describe('a page whose journal and issue only its RDFa "Published In" block names (Atypon)', () => {
  it('gives the journal, volume, issue, pages, and the issue’s year before the day it went online', () => {
    expect(readPage(HEAD, `<article>${REFERENCES}${PUBLISHED_IN}</article>`)).toMatchObject({
      title: 'Self-care among adults with heart failure',
      authors: ['Dewi Sari'],
      doi: '10.1177/10547738221130000',
      journal: 'Clinical Nursing Research',
      volume: '32',
      issue: '4',
      pages: '720-729',
      year: 2023,
      keywords: ['heart failure', 'self-care'],
    });
  });

  it('takes nothing from a reference list’s RDFa, and no issue year without a volume beside it', () => {
    const online = readPage(HEAD, `<article>${REFERENCES}</article>`);
    expect([online?.journal, online?.volume, online?.issue, online?.year]).toEqual([undefined, undefined, undefined, 2022]);
  });

  it('reads the journal, issue and pages from the block that names the volume, not from another block before it', () => {
    // A journal banner in the page's RDFa (no volume), and a box of the journal's latest issue with no date.
    const banner = '<div typeof="Periodical"><span property="name">Nursing Journals Online</span></div>';
    const latest = '<div class="issue-box"><span property="issueNumber">6</span><span property="pageStart">1</span></div>';
    expect(readPage(HEAD, `<article>${banner}${latest}${PUBLISHED_IN}</article>`)).toMatchObject({
      journal: 'Clinical Nursing Research',
      volume: '32',
      issue: '4',
      pages: '720-729',
      year: 2023,
    });
  });

  it('gives way to the tags that name the journal and numbers', () => {
    const tags =
      '<meta name="citation_journal_title" content="Clin Nurs Res"><meta name="citation_volume" content="32"><meta name="citation_publication_date" content="2022/11/03">';
    expect(readPage(HEAD + tags, PUBLISHED_IN)).toMatchObject({ journal: 'Clin Nurs Res', volume: '32', issue: '4', year: 2022 });
  });

  it('takes the issue’s year from the "Published In" block, not from the header’s volume and "First published online" date', () => {
    const header =
      '<header><div class="core-self-citation"><div property="isPartOf" typeof="Periodical"><a href="/home/cnr"><span property="name">Clinical Nursing Research</span></a></div>' +
      '<div class="core-enumeration"><span property="isPartOf" typeof="PublicationVolume">Volume <span property="volumeNumber">32</span></span>, ' +
      '<span property="isPartOf" typeof="PublicationIssue">Issue <span property="issueNumber">4</span></span></div></div>' +
      '<div class="core-published"><span>First published online</span> <span property="datePublished">November 3, 2022</span></div></header>';
    expect(readPage(HEAD, `<article>${header}${PUBLISHED_IN}</article>`)).toMatchObject({ journal: 'Clinical Nursing Research', volume: '32', issue: '4', year: 2023 });
    expect(readPage(HEAD, `<article>${header}</article>`)).toMatchObject({ journal: 'Clinical Nursing Research', volume: '32', issue: '4', year: 2022 });
  });
});

describe('a box of the journal’s current issue beside the article’s "Published In" block', () => {
  const CURRENT =
    '<span property="isPartOf" typeof="PublicationVolume">Volume <span property="volumeNumber">33</span></span>, Issue <span property="issueNumber">2</span>: ' +
    '<span property="datePublished">February 2024</span>';
  const ARTICLE = { journal: 'Clinical Nursing Research', volume: '32', issue: '4', pages: '720-729', year: 2023 };

  it('is never read when RDFa types it an issue of its own, tied to no article', () => {
    const box = `<div class="current-issue" typeof="PublicationIssue"><div property="isPartOf" typeof="Periodical"><span property="name">CNR</span></div>${CURRENT}</div>`;
    expect(readPage(HEAD, `<main>${box}<article>${PUBLISHED_IN}</article></main>`)).toMatchObject(ARTICLE);
    expect(readPage(HEAD, `<main>${box}<div>${PUBLISHED_IN}</div></main>`)).toMatchObject(ARTICLE);
  });

  it('is never read from outside the article element that holds the article’s block', () => {
    const widget = `<div class="widget"><h3>Current Issue</h3>${CURRENT}</div>`;
    expect(readPage(HEAD, `<main>${widget}<article>${PUBLISHED_IN}</article></main>`)).toMatchObject(ARTICLE);
    // The article's own block outside its article element, beside the header's undated volume in it, is still its own.
    const header = '<header><span property="isPartOf" typeof="PublicationVolume">Volume <span property="volumeNumber">32</span></span></header>';
    expect(readPage(HEAD, `<main><article>${header}</article>${PUBLISHED_IN}</main>`)).toMatchObject(ARTICLE);
  });
});

describe('a link to the journal’s current issue on a page that prints its "Published In" block', () => {
  it('gives way to the block: the banner’s issue is the journal’s latest, not the article’s', () => {
    const banner = '<div class="journal-banner"><a href="/toc/cnr/33/2">Current issue: Volume 33, 2024 - Issue 2</a></div>';
    expect(readPage(HEAD, `<main>${banner}<article>${PUBLISHED_IN}</article></main>`)).toMatchObject({ volume: '32', issue: '4', year: 2023 });
  });
});
