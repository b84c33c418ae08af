// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const { IMPORT_ACTION_BODY_LIMIT_BYTES } = require("./server/action-body-limits.cjs");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * Security headers for every response. Scripts: 'unsafe-inline' here is what a response gets when
 * nothing narrower applies; public pages in the page cache add a policy of their inline scripts'
 * hashes, and proxy.ts replaces this one with a nonce policy on staff and sign-in pages
 * (lib/security/script-policy.ts, docs/DEPLOYMENT.md). frame-ancestors/X-Frame-Options forbid framing.
 * No value here may contain ":": Next compiles a header value containing one as a path pattern
 * on every request (next.config.test.ts), which cost about a tenth of a feed 304's time.
 */
const contentSecurityPolicy = require("./lib/security/content-security-policy.cjs").contentSecurityPolicy("'self' 'unsafe-inline'");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];

/** Staff and sign-in pages: never indexed, even if a link to them leaks. */
const sessionPaths = ["/:locale/staff", "/:locale/staff/:path*", "/:locale/sign-in", "/:locale/sign-out"];

/**
 * Where a session lives (the same pages) the window is also cut off from a cross-origin opener.
 * Not on public pages: they are the same for every reader, so an opener could learn nothing from
 * them, and Chromium then starts each in a fresh browsing context group, which Lighthouse's phone
 * preset counted as about 300 ms of blocking time on every public page (docs/BENCHMARKS.md).
 */
const sessionPageHeaders = [
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // No ETag on pages: Next computes it by hashing the whole HTML, in JavaScript, on every response,
  // cache hits included: a sixth of the server's CPU on a 96 kB schedule page (profiled), and a page
  // served from the page cache costs the app the same with or without a 304. Feeds keep their own
  // strong ETag (lib/feeds/feed-http.ts), which this setting does not touch.
  generateEtags: false,
  reactStrictMode: true,
  // Public pages are rendered once per data version and kept in memory (no Cache Components):
  // see server/page-cache-handler.cjs and docs/CACHING.md.
  cacheHandler: require.resolve("./server/page-cache-handler.cjs"),
  cacheMaxMemorySize: 0,
  // Shared caches (deploy/nginx.conf) may serve a cached page stale for at most an hour while refreshing.
  expireTime: 3600,
  // `npm test` type-checks the whole project (tsc --noEmit) before building; skipping it here
  // halves build time and keeps the build independent of test-only files.
  typescript: { ignoreBuildErrors: true },
  // Preview images (lib/previews): satori and resvg load their WebAssembly themselves, as plain Node modules.
  serverExternalPackages: ["satori", "@resvg/resvg-wasm"],
  // forbidden() answers 403 on staff pages a signed-in user's role does not allow. Imports are
  // posted to a server action on a page proxy.ts sees, which would cut a body at 10 MB: both take
  // the import's limit (server/action-body-limits.cjs); the page checks the size before sending when it can.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: IMPORT_ACTION_BODY_LIMIT_BYTES }, proxyClientMaxBodySize: IMPORT_ACTION_BODY_LIMIT_BYTES },
  // proxy.ts rewrites filtered schedule URLs; keep request.url as received (see proxy.ts).
  skipProxyUrlNormalize: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...sessionPaths.map((source) => ({ source, headers: sessionPageHeaders })),
    ];
  },
};

module.exports = withNextIntl(nextConfig);
