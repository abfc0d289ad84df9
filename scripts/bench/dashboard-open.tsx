// dashboard_open_50k_ms: the real dashboard component mounted on a 50,000-record review stored in
// IndexedDB (seeded by dashboardLoad50kMs), until the first row of the records table is drawn —
// reading the database included. Runs in the bench page with the dashboard's own styles.
import { render } from 'preact';
import { Dashboard, type DashboardEnv } from '../../components/dashboard/Dashboard';
import { setSetting } from '../../lib/db';
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

function firstRow(container: Element): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (container.querySelector('.records-table .tbody .tr') ? resolve() : requestAnimationFrame(check));
    check();
  });
}

/** Median of 3 opens: mount → first record row in the DOM. */
export async function dashboardOpen50kMs(): Promise<number> {
  await setSetting('activeReviewId', 'bench');
  // The dashboard's styles give the table its scrolling body, which the virtualiser measures.
  const style = document.createElement('style');
  style.textContent = uiCss;
  document.head.append(style);
  const samples: number[] = [];
  for (let run = 0; run < 4; run++) {
    const container = document.createElement('div');
    document.body.append(container);
    const start = performance.now();
    render(<Dashboard env={env} />, container);
    await firstRow(container);
    samples.push(performance.now() - start);
    render(null, container);
    container.remove();
  }
  samples.shift(); // the first open warms the code
  style.remove();
  return samples.sort((a, b) => a - b)[1];
}
