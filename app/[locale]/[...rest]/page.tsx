import { pageLocale } from "@/i18n/page-locale";
import { NotFoundInHtml } from "../_components/not-found-in-html";
import { NotFoundMessage } from "../_components/not-found-message";

type Props = { params: Promise<{ locale: string }> };

// Prerendered on first request like the other public pages: a dynamic render would flush its
// shell, with status 200, before NotFoundInHtml's 404 is known.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** Any unknown path under a locale: a 404 with that locale's not-found page, readable without JavaScript. */
export default async function CatchAll({ params }: Props) {
  await pageLocale(params);
  return (
    <NotFoundInHtml>
      <NotFoundMessage />
    </NotFoundInHtml>
  );
}
