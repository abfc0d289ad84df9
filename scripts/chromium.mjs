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

/**
 * Flags for a Chromium that reaches 127.0.0.1 and nothing else, without intercepting requests
 * (Playwright's routing passes every request, body and all, through Node: a benchmark of
 * network traffic would measure that instead). Host names do not resolve; any other address
 * goes to a proxy on the loopback's discard port, which refuses it.
 */
export function loopbackOnlyArgs() {
  return ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1', '--proxy-server=http://127.0.0.1:9'];
}
