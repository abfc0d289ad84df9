import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import { setLanguage, t, tCount, tCountOf } from '../../lib/i18n';
import { importMessageText } from '../../components/dashboard/import-messages';
import { importMessage } from '../../lib/formats/messages';
import { statusLine } from '../../components/dashboard/TeamView';

// A count of one says its noun in the singular: "1 record read", never "1 records read". Each
// English message with a count before a plural noun has a `…One` form that tCount / tCountOf
// pick for one; Indonesian has no plural ("1 rekaman", "2 rekaman"), its `…One` may be the same.
const english: Record<string, { message: string }> = en;
const indonesian: Record<string, { message: string }> = id;
const NOUNS = 'records|results|rows|warnings|changes|documents|lists|cells|lines|columns|duplicates|pairs|decisions|reviews|searches|files|reasons';
/** `$n` followed by at most two lowercase words and a plural noun: "$1 records", "$2 excluded records", "$1 more warnings". */
const COUNTED = new RegExp(`\\$(\\d)\\)? (?:[a-z’-]+ ){0,2}?(?:${NOUNS})\\b`, 'g');
const COUNTED_ONCE = new RegExp(COUNTED.source);

/** Counts that are never one, each with why. */
const NEVER_ONE: Record<string, string> = {
  importMsgLargeFile: 'a large file holds thousands of records',
  recordsLoading: 'the rest is read only for a review of thousands of records',
  importOverlapPartial: 'part of a file already imported: the file holds at least two records',
  importMsgHeaderAgainLines: 'one repeated header row is importMsgHeaderAgain (lib/formats/csv-import.ts)',
  importMsgCellsPastHeaderLines: 'importMsgCellsPastHeaderLine says one line; the header row of a reference export names more than one column',
  importMsgCellsPastHeaderLine: 'the header row of a reference export names more than one column, and the rows hold more cells than that',
  importMsgCutInside: "the reader's English text (lib/formats/messages.ts) says it so; the record numbered $1 is not a count",
  stoppingScreened: '$1 is a share (“40%”) of the records',
};

describe('counts of one in the singular', () => {
  afterEach(() => setLanguage('en'));

  it('every English message counting a plural noun has a …One form in both languages, in the singular', () => {
    const missing = Object.entries(english)
      .filter(([key, { message }]) => !key.endsWith('One') && !(key in NEVER_ONE) && COUNTED_ONCE.test(message))
      .filter(([key]) => !english[`${key}One`] || !indonesian[`${key}One`])
      .map(([key]) => key);
    expect(missing).toEqual([]);
    expect(Object.keys(NEVER_ONE).filter((key) => !COUNTED_ONCE.test(english[key].message))).toEqual([]);
    // The …One form says the counted noun in the singular: it counts fewer plural nouns than the message for many.
    const counted = (key: string) => [...english[key].message.matchAll(COUNTED)].length;
    const stillPlural = Object.keys(english).filter((key) => key.endsWith('One') && key.slice(0, -3) in english && counted(key) >= counted(key.slice(0, -3)) && counted(key) > 0);
    expect(stillPlural).toEqual([]);
  });

  it('the components say a message with a …One form through tCount / tCountOf, never plain t()', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : /\.tsx?$/.test(name) ? [join(dir, name)] : []));
    const plain = files(resolve(__dirname, '../../components')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(\w+)'/g)].filter(([, key]) => english[`${key}One`]).map(([, key]) => `${file.split('/components/')[1]}: ${key}`),
    );
    expect(plain).toEqual([]);
  });

  it('says one record, one warning, one change in English, and the same words for one and two in Indonesian', () => {
    expect(tCount('importRead', 1, 'RIS', 'utf-8')).toBe('1 record read (RIS, utf-8).');
    expect(tCount('importDone', 1, 0, 1)).toBe('Imported: 1 record read, 0 new, 1 merged with records already here.');
    expect(tCount('importAll', 1)).toBe('Import 1 record');
    expect(tCount('prismaWindowApplied', 1, '2015–2025')).toBe('1 record outside 2015–2025 was excluded by the publication-window rule.');
    expect(t('dupFound', tCount('dupFoundCertain', 1), tCount('dupFoundLikely', 2))).toBe('1 certain duplicate, 2 likely pairs to check.');
    expect(tCountOf(1, 'recordsShown', 1, 1)).toBe('1 of 1 record shown');
    expect(tCountOf(3, 'recordsShown', 1, 3)).toBe('1 of 3 records shown');
    expect(importMessageText(importMessage('moreWarnings', 1))).toBe('1 more warning not shown');
    expect(statusLine({ state: 'waiting', waiting: 1, invalid: [] } as unknown as Parameters<typeof statusLine>[0])).toBe('1 change waiting to be sent.');
    setLanguage('id');
    expect(tCount('importRead', 1, 'RIS', 'utf-8')).toBe('1 rekaman terbaca (RIS, utf-8).');
    expect(tCount('importRead', 2, 'RIS', 'utf-8')).toBe('2 rekaman terbaca (RIS, utf-8).');
    expect(importMessageText(importMessage('moreWarnings', 1))).toBe('1 peringatan lain tidak ditampilkan');
  });
});
