"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { AppLocale } from "@/i18n/routing";
import type { ChangePreviewView } from "../_lib/change-preview";

/** The public changelog entry a save would add (as the changelog shows it), or that it adds none; focused when shown. */
export function ChangePreview({ preview, locale }: { preview: ChangePreviewView; locale: AppLocale }) {
  const t = useTranslations("changes");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const lang = (l: AppLocale) => (l === locale ? undefined : l);
  return (
    <div className="notice" role="status" ref={ref} tabIndex={-1} aria-labelledby="change-preview">
      <h2 id="change-preview">{t("staff.previewHeading")}</h2>
      {preview.kind === "entry" ? (
        <>
          <p>{t("staff.previewEntry")}</p>
          <p>
            <strong lang={lang(preview.title.lang)}>{preview.title.text}</strong>
          </p>
          <ul>
            {preview.facts.map((fact, i) => (
              <li key={i}>
                {fact.label}
                {fact.before && fact.after && (
                  <>
                    {" "}
                    <del lang={lang(fact.before.lang)}>{fact.before.text}</del> → <ins lang={lang(fact.after.lang)}>{fact.after.text}</ins>
                  </>
                )}
              </li>
            ))}
          </ul>
          {preview.note && (
            <p>
              {t("noteLabel")} <span lang={lang(preview.note.lang)}>{preview.note.text}</span>
            </p>
          )}
        </>
      ) : (
        <p>{t(preview.kind === "none" ? "staff.previewNone" : "staff.previewDraft")}</p>
      )}
      <p className="hint">{t("staff.previewNotSaved")}</p>
    </div>
  );
}
