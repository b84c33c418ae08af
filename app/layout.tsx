/**
 * The real root layout is app/[locale]/layout.tsx (it sets <html lang>). This pass-through exists
 * so that app/not-found.tsx can render for paths outside any locale (e.g. /favicon.ico).
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
