// @ts-check
/**
 * The site's Content-Security-Policy. Plain CommonJS: next.config.js (untranspiled) sends it on
 * every response, and proxy.ts sends it with a nonce on the pages rendered per request. No page
 * loads anything from another origin, so the policy is 'self' throughout; styles keep
 * 'unsafe-inline' for React's style attributes. frame-ancestors forbids framing (clickjacking).
 * Scripts: see lib/security/script-policy.ts for the strict policies that narrow 'unsafe-inline'.
 * No value may contain ":" (next.config.test.ts).
 */

/**
 * @param {string} scriptSources what script-src allows
 * @returns {string}
 */
function contentSecurityPolicy(scriptSources) {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

module.exports = { contentSecurityPolicy };
