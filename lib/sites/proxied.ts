// A database read through a university's proxy (EZproxy, as Indonesian universities give their
// students off campus): the page's host is the database's, rewritten into the proxy's —
// "www-sciencedirect-com.ezproxy.ugm.ac.id" (dots as hyphens, a hyphen doubled) or
// "www.sciencedirect.com.ezproxy.ugm.ac.id" — and its path is the database's own. The content
// scripts of such databases read the page as at the database's own address (the popup injects
// them there when asked, see platform/read-page.ts): the markup is the same.

/** The address at the database itself when `accepts` knows it, else undefined. */
export function unproxied(href: string, accepts: (url: URL) => boolean): URL | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const labels = url.hostname.split('.');
  const hosts = [labels[0].includes('-') ? labels[0].replace(/--/g, '\0').replace(/-/g, '.').replace(/\0/g, '-') : ''];
  // "www.sciencedirect.com.ezproxy.ugm.ac.id": the database's host is the first labels.
  for (let n = 2; n < labels.length - 1; n++) hosts.push(labels.slice(0, n).join('.'));
  for (const host of hosts) {
    if (!host.includes('.')) continue;
    const real = new URL(url.pathname + url.search + url.hash, `https://${host}`);
    if (real.hostname !== url.hostname && accepts(real)) return real;
  }
  return undefined;
}
