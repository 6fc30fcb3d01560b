// The security policy, shared by the build (a <meta> tag in every page) and the server (headers).
// 'wasm-unsafe-eval' lets the page compile its own WebAssembly; nothing else may run code. Styles
// come from the site's own files and from the one <style> element every page holds (its screen
// CSS, scripts/finish-build.mjs), allowed by its hash: no other inline style is.
export function contentSecurityPolicy(styleHashes = []) {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The headers sent with every response, for the pages' policy `policy`. */
export function securityHeaders(policy) {
  return {
    // frame-ancestors only works as a header, not in a <meta> tag.
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };
}

/** The policy a built page carries in its <meta> tag, or null. */
export function policyOf(html) {
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? null;
}
