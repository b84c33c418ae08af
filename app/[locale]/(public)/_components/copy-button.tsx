/**
 * Copies a feed or page URL. Rendered hidden: the page's script (../_browser/enhance-public-page.ts)
 * shows it where it works, so without JavaScript there is no dead button, and the URL beside it is
 * plain visible text to select and copy.
 */
export function CopyButton(props: { text: string; label: string; accessibleLabel: string; copied: string; failed: string }) {
  return (
    <span className="copy-button" hidden data-copy-text={props.text} data-copied={props.copied} data-failed={props.failed}>
      <button type="button" className="secondary" aria-label={props.accessibleLabel}>
        {props.label}
      </button>{" "}
      <span role="status" className="hint" />
    </span>
  );
}
