// dashboard_open_50k_ms: the real dashboard component mounted on a 50,000-record review stored in
// IndexedDB (seeded by dashboardLoad50kMs), until the first row of the records table is drawn —
// reading the database included. Runs in the bench page with the dashboard's own styles.
import { render } from 'preact';
import { Dashboard, type DashboardEnv } from '../../components/dashboard/Dashboard';
import { db, setSetting } from '../../lib/db';
import uiCss from '../../components/styles/ui.css?inline';

const OFF = { state: 'off' as const, waiting: 0, invalid: [] };

const env: DashboardEnv = {
  loadLanguage: async () => 'en',
  saveLanguage: async () => undefined,
  notifyChanged: () => undefined,
  parseFile: async () => ({ ok: false, message: 'not in the benchmark', code: 'unreadable' }),
  rank: async () => ({ ok: false, reason: 'no-records', message: 'not in the benchmark' }),
  team: {
    allowOrigin: async () => false,
    connect: async () => ({ reviewId: 'bench', joined: false }),
    disconnect: async () => undefined,
    status: async () => ({ status: OFF }),
    onStatus: () => () => undefined,
    onDataChanged: () => () => undefined,
  },
};

/** Resolves when `selector` matches inside the container (checked every frame). */
function drawn(container: Element, selector: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (container.querySelector(selector) ? resolve() : requestAnimationFrame(check));
    check();
  });
}

const FIRST_ROW = '.records-table .tbody .tr';
/** The whole review read: the table no longer busy, its filters shown. */
const WHOLE = '.records-view:not([aria-busy]) .records-table .tbody .tr';

/**
 * Mount → first record row in the DOM. The first open finds no saved first screen (`cold_ms`:
 * it reads and folds the whole review first); later opens show the first screen saved by the
 * previous full read and read the rest after it. Each open waits for its full read to end
 * before unmounting (`whole_ms`), so no open competes with the last one's. Value: median of 3.
 */
export async function dashboardOpen50kMs(): Promise<{ ms: number; coldMs: number; wholeMs: number }> {
  await setSetting('activeReviewId', 'bench');
  await db().screens.clear();
  // The dashboard's styles give the table its scrolling body, which the virtualiser measures.
  const style = document.createElement('style');
  style.textContent = uiCss;
  document.head.append(style);
  const samples: number[] = [];
  const whole: number[] = [];
  for (let run = 0; run < 4; run++) {
    const container = document.createElement('div');
    document.body.append(container);
    const start = performance.now();
    render(<Dashboard env={env} />, container);
    await drawn(container, FIRST_ROW);
    samples.push(performance.now() - start);
    await drawn(container, WHOLE);
    whole.push(performance.now() - start);
    // The full read saves the first screen just after it is shown.
    while (!(await db().screens.get('bench'))) await new Promise((r) => setTimeout(r, 20));
    render(null, container);
    container.remove();
  }
  style.remove();
  const coldMs = samples.shift() ?? 0;
  whole.shift();
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { ms: median(samples), coldMs, wholeMs: median(whole) };
}
