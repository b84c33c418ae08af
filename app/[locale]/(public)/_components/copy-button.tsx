"use client";

import { useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Copies a feed URL. Rendered only in the browser: without JavaScript there is no dead button,
 * and the URL beside it is plain visible text to select and copy.
 */
export function CopyButton(props: { text: string; label: string; accessibleLabel: string; copied: string; failed: string }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const [status, setStatus] = useState("");
  if (!hydrated) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.text);
      setStatus(props.copied);
    } catch {
      setStatus(props.failed);
    }
  }
  return (
    <span className="copy-button">
      <button type="button" className="secondary" onClick={copy} aria-label={props.accessibleLabel}>
        {props.label}
      </button>{" "}
      <span role="status" className="hint">
        {status}
      </span>
    </span>
  );
}
