"use client";

import { useEffect, type RefObject } from "react";

/**
 * With JavaScript, leaving a form that holds unsaved input asks first: a link (the staff
 * navigation, History, Preview…) or closing the tab. The form's own buttons need no warning: they
 * submit the whole form, and the server asks itself (lib/events/edit-intent.ts). `startDirty`: the
 * form was re-rendered with what was submitted, which is not saved.
 */
export function useUnsavedChangesGuard(form: RefObject<HTMLFormElement | null>, message: string, startDirty: boolean): void {
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    let dirty = startDirty;
    const onInput = () => {
      dirty = true;
    };
    const onSubmit = () => {
      dirty = false;
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty) event.preventDefault();
    };
    // Capture phase: before the client-side navigation of the link runs.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      // In-page anchors and links that open another tab (signing in again) leave the form as it is.
      if (!dirty || !link || link.getAttribute("href")!.startsWith("#") || link.getAttribute("target") === "_blank") return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    element.addEventListener("input", onInput);
    element.addEventListener("submit", onSubmit);
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      element.removeEventListener("input", onInput);
      element.removeEventListener("submit", onSubmit);
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [form, message, startDirty]);
}
