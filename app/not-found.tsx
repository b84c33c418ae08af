import { BilingualNotFound } from "./_components/bilingual-not-found";
import "./globals.css";

/** 404 for paths that are not under a locale (and for a first segment that is not a locale). */
export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <BilingualNotFound />
      </body>
    </html>
  );
}
