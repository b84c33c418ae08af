"use client";

import { useEffect } from "react";
import { enhancePublicPage } from "./enhance-public-page";

/** For a public page's content shown inside a staff page (the event preview), which React hydrates. */
export function EnhanceOnMount() {
  useEffect(() => enhancePublicPage(document), []);
  return null;
}
