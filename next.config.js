// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Pages read the database on every request (filters live in the URL); no Cache Components.
  reactStrictMode: true,
};

module.exports = withNextIntl(nextConfig);
