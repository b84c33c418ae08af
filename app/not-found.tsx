import "./globals.css";

/** 404 for paths that are not under a locale; links to both languages. */
export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>Page not found / ページが見つかりません</h1>
          <p>
            <a href="/en">Schedule (English)</a> · <a href="/ja" lang="ja">日程（日本語）</a>
          </p>
        </main>
      </body>
    </html>
  );
}
