// The one place that says how Saring's tests, benchmarks and tools start Chromium.
// Without the background-networking flags Chromium keeps dialling Google on a closed network.

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line flags for a headless, offline Chromium with the unpacked extension in `dir` loaded. */
export function extensionArgs(dir) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
  ];
}
