// Taylor & Francis's older design (Atypon) writes Dublin Core alone in its head: no journal, and a
// dc.Date that is the day the article went online. The page names its issue by a link to the
// issue's table of contents, "/toc/<journal code>/<volume>/<issue>" (as in Zotero's Taylor and
// Francis+NEJM test URL www.tandfonline.com/toc/clah20/22/4), printed "Volume 42, 2021 - Issue 4-6",
// and the journal by a link to its home with the same code. Hand-written in that shape.
import { describe, expect, it } from 'vitest';
import { readPage } from './reader-page';

const HEAD =
  '<meta name="dc.Title" content="Midwives and breastfeeding support in rural Sumatra"><meta name="dc.Creator" content="Eka  Nasution">' +
  '<meta name="dc.Date" scheme="WTN8601" content="2020-12-14"><meta name="dc.Identifier" scheme="doi" content="10.1080/07399332.2020.1850000">' +
  '<meta name="dc.Source" content="http://dx.doi.org/10.1080/07399332.2020.1850000"><meta name="dc.Publisher" content="Taylor &amp; Francis">';
const JOURNAL =
  '<div class="journal-banner"><a href="/toc/uhcw20/current"><img src="/cover.jpg" alt="Cover image for Health Care for Women International"></a>' +
  '<div class="journal-title"><a href="/journals/uhcw20">Health Care for Women International</a></div>' +
  '<a href="/journals/uhcw20">Journal homepage</a> <a href="/loi/uhcw20">List of Issues</a></div>';
const ISSUE = '<div class="issue-heading">Volume 42, 2021 - <a href="/toc/uhcw20/42/4-6?nav=tocList">Issue 4-6</a></div>';
const TITLE = '<h1>Midwives and breastfeeding support in rural Sumatra</h1><div>Pages 377-390 | Published online: 14 Dec 2020</div>';

describe('a Taylor & Francis page with Dublin Core alone', () => {
  it('gives the journal, volume and issue its links name, and the issue’s year before the day it went online', () => {
    expect(readPage(HEAD, `<main>${JOURNAL}${ISSUE}${TITLE}</main>`)).toMatchObject({
      journal: 'Health Care for Women International',
      volume: '42',
      issue: '4-6',
      year: 2021,
      doi: '10.1080/07399332.2020.1850000',
    });
  });

  it('reads the journal’s name from a breadcrumb’s link to its home', () => {
    const crumbs =
      '<nav class="breadcrumbs"><a href="/">Home</a> <a href="/action/showPublications?pubType=journal">All Journals</a> ' +
      '<a href="/journals/uhcw20">Health Care for Women International</a> <a href="/loi/uhcw20">List of Issues</a> <a href="/toc/uhcw20/42/4-6">Volume 42, Issue 4-6</a></nav>';
    expect(readPage(HEAD, `${crumbs}<main>${TITLE}</main>`)).toMatchObject({ journal: 'Health Care for Women International', volume: '42', issue: '4-6', year: 2020 });
  });

  it('reads ACM’s volume and issue past the year its path puts before them', () => {
    expect(readPage(HEAD, `<main><a href="/toc/tosem/2015/25/1">Volume 25, Issue 1</a>${TITLE}</main>`)).toMatchObject({ volume: '25', issue: '1' });
  });

  it('never takes a box of the journal’s current issue for the article’s issue', () => {
    const sidebar = '<aside><h3>Latest issue</h3><a href="/toc/uhcw20/45/3">Volume 45, 2024 - Issue 3</a></aside>';
    expect(readPage(HEAD, `<main>${ISSUE}${TITLE}</main>${sidebar}`)).toMatchObject({ volume: '42', issue: '4-6', year: 2021 });
    // In the main column, beside the article's own link: the two disagree, and neither is taken.
    const box = '<div class="current-issue-widget"><a href="/toc/uhcw20/45/3">Volume 45, 2024 - Issue 3</a></div>';
    const both = readPage(HEAD, `<main>${box}${ISSUE}${TITLE}</main>`);
    expect([both?.volume, both?.issue, both?.year]).toEqual([undefined, undefined, 2020]);
    // A banner's link to the current issue, with its numbers, names none of the article's.
    const latest = readPage(HEAD, '<main><a href="/toc/uhcw20/45/3">Current issue: Volume 45, 2024 - Issue 3</a><h1>x</h1></main>');
    expect([latest?.volume, latest?.issue, latest?.year]).toEqual([undefined, undefined, 2020]);
    // Alone, a link to the current issue names none, nor a journal by its label.
    const current = readPage(HEAD, '<main><a href="/toc/uhcw20/current">Current issue</a><h1>x</h1></main>');
    expect([current?.journal, current?.volume, current?.year]).toEqual([undefined, undefined, 2020]);
  });

  it('gives way to tags that name the numbers, and reads no year from another volume’s label', () => {
    const tags = '<meta name="citation_volume" content="41"><meta name="citation_issue" content="2">';
    expect(readPage(HEAD + tags, `<main>${ISSUE}${TITLE}</main>`)).toMatchObject({ volume: '41', issue: '2', year: 2020 });
    const other = '<div>Volume 41, 2019 - <a href="/toc/uhcw20/42/4-6">Issue 4-6</a></div>';
    expect(readPage(HEAD, `<main>${other}${TITLE}</main>`)).toMatchObject({ volume: '42', issue: '4-6', year: 2020 });
  });
});
