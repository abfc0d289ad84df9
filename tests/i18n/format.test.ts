import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, setLanguage, t } from '../../lib/i18n';
import { prismaRows } from '../../lib/prisma/svg';
import { computePrisma } from '../../lib/prisma/compute';

// Midday UTC, so the date is the same in every time zone the tests may run in.
const MARCH_5_2024 = Date.UTC(2024, 2, 5, 12, 0);

afterEach(() => setLanguage('en'));

describe('numbers and dates follow the chosen language', () => {
  it("groups large numbers the language's way, and never splits a year", () => {
    setLanguage('en');
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatNumber(2021)).toBe('2021');
    setLanguage('id');
    expect(formatNumber(12345)).toBe('12.345');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(2021)).toBe('2021');
  });

  it('formats the numbers a message takes, and leaves text arguments alone', () => {
    setLanguage('id');
    expect(t('popupResultsHeading', 12345)).toBe('12.345 hasil di halaman ini');
    expect(t('popupActiveReview', '10000')).toContain('10000');
    setLanguage('en');
    expect(t('popupResultsHeading', 12345)).toBe('12,345 results on this page');
  });

  it("writes dates with the language's month names and order", () => {
    setLanguage('en');
    expect(formatDate(MARCH_5_2024)).toBe('Mar 5, 2024');
    setLanguage('id');
    expect(formatDate(MARCH_5_2024)).toBe('5 Mar 2024');
    expect(formatDateTime(MARCH_5_2024)).toMatch(/^5 Mar 2024/);
    expect(formatDate(Date.UTC(2024, 7, 15, 12))).toBe('15 Agu 2024');
  });

  it('the PRISMA numbers follow the language too', () => {
    setLanguage('id');
    const rows = prismaRows(
      { ...computePrisma([], { screening: new Map(), fullText: new Map() }, []), identifiedTotal: 12345 },
      {
        identification: '',
        screening: '',
        included: '',
        identifiedFrom: '',
        databases: 'Basis data (n = $1)',
        removedBefore: '',
        duplicates: '$1',
        automation: '$1',
        otherReasons: '$1',
        screened: '$1',
        excluded: '$1',
        sought: '$1',
        notRetrieved: '$1',
        assessed: '$1',
        reportsExcluded: '$1',
        studiesIncluded: '$1',
        reportsIncluded: '$1',
        awaiting: '',
        awaitingScreening: '$1',
        awaitingFullText: '$1',
        noReason: 'tanpa alasan',
        databasesColumn: '',
        otherColumn: '',
        citationSearching: '$1',
        websites: '$1',
        organisations: '$1',
        handSearching: '$1',
        notSought: '$1',
      },
      formatNumber,
    );
    expect(rows.find((r) => r[0] === 'identified')?.[1]).toBe('Basis data (n = 12.345)');
  });
});
