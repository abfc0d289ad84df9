import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupView } from '../../components/dashboard/BackupView';
import { exportBackup, getActiveReview, recordSeen } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { article, freshDb } from '../db/helpers';
import { mount, settle } from './render';

/** A backup of a profile whose active review holds one record; the database is then emptied. */
async function backupOfAReview(): Promise<{ file: File; reviewId: string }> {
  const review = await getActiveReview();
  await recordSeen(review.id, [article()], { database: 'pubmed' });
  const file = new File([JSON.stringify(await exportBackup())], 'saring-backup.json', { type: 'application/json' });
  await freshDb();
  return { file, reviewId: review.id };
}

async function restore(root: HTMLElement, file: File) {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
  await settle();
}

describe('restoring a backup', () => {
  beforeEach(async () => {
    await freshDb();
    setLanguage('en');
  });

  it("into a new browser opens the backup's review, not the empty one the first visit made", async () => {
    const { file, reviewId } = await backupOfAReview();
    const empty = await getActiveReview();
    expect(empty.id).not.toBe(reviewId);
    const root = await mount(<BackupView onRestored={async () => {}} />);
    await restore(root, file);
    await vi.waitFor(() => expect(root.textContent).toContain('Restored: 1 review added or updated, 1 record added, 0 merged'));
    expect((await getActiveReview()).id).toBe(reviewId);
    // Opening that review draws the dashboard anew: the summary stays in sight, once.
    const redrawn = await mount(<BackupView onRestored={async () => {}} />);
    expect(redrawn.textContent).toContain('Restored: 1 review added or updated, 1 record added, 0 merged');
    const later = await mount(<BackupView onRestored={async () => {}} />);
    expect(later.textContent).not.toContain('Restored:');
  });

  it('keeps the review the reviewer is working on when it holds records', async () => {
    const { file, reviewId } = await backupOfAReview();
    const working = await getActiveReview();
    await recordSeen(working.id, [article({ pmid: '2', sourceId: '2', title: 'Pijat punggung dan ASI' })], { database: 'pubmed' });
    const root = await mount(<BackupView onRestored={async () => {}} />);
    await restore(root, file);
    await vi.waitFor(() => expect(root.textContent).toContain('Restored:'));
    expect((await getActiveReview()).id).toBe(working.id);
    expect(working.id).not.toBe(reviewId);
  });

  it("says what is wrong with a file that is no backup in the reviewer's language, and changes nothing", async () => {
    setLanguage('id');
    const root = await mount(<BackupView onRestored={async () => {}} />);
    await restore(root, new File(['{"format": "zotero"}'], 'library.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(root.textContent).toContain('Tidak ada yang diubah. Berkas ini bukan cadangan Saring'));
    await restore(root, new File(['{"format": "saring-backup", "version": 99}'], 'saring-backup.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(root.textContent).toContain('format cadangan 99'));
  });
});
