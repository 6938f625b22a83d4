/**
 * The host permission a pack URL needs: its scheme and host, any port. Not
 * the origin with its port: Firefox's match patterns take no port, so
 * "http://127.0.0.1:8123/*" is granted there yet opens nothing, and the
 * download fails as a cross-origin request. For the usual URL (default port)
 * the two are the same.
 */
export function sitePattern(url: string | URL): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  return `${u.protocol}//${u.hostname}/*`;
}
