// The kind of publication a page's Highwire tags already say (lib/sites/generic-fields.ts pageType):
// a thesis its university, a report its institution, a conference paper its proceedings, a
// chapter its book — as repositories (DSpace, EPrints) and OJS conference sites write them.
import { describe, expect, it } from 'vitest';
import { readPage, TITLE } from './reader-page';

const tag = (name: string, content: string) => `<meta name="${name}" content="${content}">`;
const AUTHOR = tag('citation_author', 'Sari, Dewi');

describe('publication type of a page', () => {
  it('reads a thesis, a report, a conference paper and a chapter from their tags', () => {
    expect(readPage(TITLE + AUTHOR + tag('citation_dissertation_institution', 'Universitas Indonesia'))?.type).toBe('thesis');
    expect(readPage(TITLE + AUTHOR + tag('citation_technical_report_institution', 'Kementerian Kesehatan'))?.type).toBe('report');
    expect(readPage(TITLE + AUTHOR + tag('citation_conference_title', 'Seminar Nasional Kebidanan 2021'))?.type).toBe('conference-paper');
    expect(readPage(TITLE + AUTHOR + tag('citation_inbook_title', 'Asuhan Kebidanan Nifas'))?.type).toBe('chapter');
  });

  it('names none for a journal article page, as before', () => {
    expect(readPage(TITLE + AUTHOR + tag('citation_journal_title', 'Jurnal Kebidanan'))).not.toHaveProperty('type');
  });
});
