import { PublicPageScript } from "./_components/public-page-script";

/** Every public page: the content, then its one script (and no React in the browser: docs/CACHING.md). */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <PublicPageScript />
    </>
  );
}
