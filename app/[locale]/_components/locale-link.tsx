import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import { localePath } from "@/i18n/locale-path";

type Props = Omit<ComponentProps<"a">, "href"> & { href: string };

/**
 * A link to a page of this app in the current page's language ("/events/x" → "/ja/events/x"), as a
 * plain server-rendered <a>: public pages navigate without any client-side code (next-intl's Link
 * is a client component that brings its router and locale context to the browser).
 */
export async function LocaleLink({ href, ...rest }: Props) {
  return <a href={localePath(await getLocale(), href)} {...rest} />;
}
