import type { MetadataRoute } from "next";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Staff pages and APIs are not for search engines (they are also noindex and need a session). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/ja/staff", "/en/staff", "/ja/sign-in", "/en/sign-in"] },
    sitemap: `${publicBaseUrl()}/sitemap.xml`,
  };
}
