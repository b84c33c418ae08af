/**
 * An event page opened from a filtered schedule view: its public address is
 * /{locale}/events/{slug}?from={the view's query}, rewritten here by proxy.ts so that each is a
 * cacheable page whose "Back to the schedule" returns to that view.
 */
export { default, generateMetadata } from "../../page";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}
