/**
 * The year timeline with filters or rows: its public address is /{locale}/year?{query}, rewritten
 * here by proxy.ts so that each is a cacheable page of its own.
 */
export { default, generateMetadata } from "../../page";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}
