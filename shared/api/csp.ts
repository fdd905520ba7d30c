/**
 * The Content-Security-Policy of the workbench page, one string for both editions: the desktop shell
 * sends it as a response header from its app:// protocol, the web build writes it into a <meta> tag.
 * No inline scripts, no eval, no remote anything; article text is only ever rendered as text.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
