// A review made in Indonesian gets its default exclusion reasons in Indonesian: they are stored
// review data, shown beside rows and written into exports and the PRISMA diagram.
import { afterEach, describe, expect, it } from 'vitest';
import { CRITERIA } from '../../lib/model';
import { setLanguage } from '../../lib/i18n/translate';
import { blankReview, exclusionReasonsIn } from '../../lib/screening/templates';
import { reasonFor, windowReason } from '../../lib/screening/reasons';
import { getActiveReview } from '../../lib/db';
import { freshDb } from '../db/helpers';

afterEach(() => setLanguage('en'));

describe('default exclusion reasons', () => {
  it("are in the reviewer's language when the review is made", () => {
    setLanguage('id');
    expect(blankReview('r1', 'Tinjauan').exclusionReasons).toContain('populasi tidak sesuai');
    setLanguage('en');
    expect(blankReview('r2', 'Review').exclusionReasons).toContain('wrong population');
  });

  it('in Indonesian still give each failed check a reason of its own, none of them "other"', () => {
    const reasons = exclusionReasonsIn('id');
    const found = [...CRITERIA.map((c) => reasonFor(c, reasons)), windowReason(reasons)];
    expect(found).not.toContain(undefined);
    expect(found).not.toContain('lainnya');
    expect(new Set(found).size).toBe(found.length);
  });

  it("name the first review, made before any page of Saring was opened, in the reviewer's language", async () => {
    await freshDb();
    setLanguage('id');
    const review = await getActiveReview();
    expect(review.title).toBe('Tinjauan saya');
    expect(review.exclusionReasons).toContain('di luar rentang tahun terbit');
  });
});
