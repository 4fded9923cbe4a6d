/**
 * The Content-Security-Policy of every Limber page: served as a header by the app protocol and written
 * into index.html's meta tag at build time, so the two cannot drift apart. No inline script, no eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "base-uri 'none'", "form-action 'none'",
].join('; ');
