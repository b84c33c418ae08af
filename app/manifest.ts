import type { MetadataRoute } from "next";

/** The web manifest: the site's names in both languages, its colours and icons; it opens on the schedule in the reader's language. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "日ASEAN友好協力50周年 日程 / Japan–ASEAN 2023 Schedule",
    short_name: "日ASEAN 2023",
    description: "2023年 日本ASEAN友好協力50周年の行事日程 / Schedule of the 50th Year of ASEAN–Japan Friendship and Cooperation",
    start_url: "/",
    scope: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#0b4f8a",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
