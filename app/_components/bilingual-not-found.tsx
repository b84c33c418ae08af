/** "Page not found" in both languages, for addresses outside either language's pages. */
export function BilingualNotFound() {
  return (
    <main id="main">
      <h1>Page not found / ページが見つかりません</h1>
      <p>
        <a href="/en">Schedule (English)</a> · <a href="/ja" lang="ja">日程（日本語）</a>
      </p>
    </main>
  );
}
