/**
 * A month of the calendar with filters: its public address is /{locale}/calendar/{month}?{query},
 * rewritten here by proxy.ts so that each filtered month is a cacheable page of its own.
 */
export { default, generateMetadata } from "../../page";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}
