"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/**
 * The limit of a text field, under it: "At most 300 characters" as rendered on the server (true
 * without JavaScript), then a live "12 of 300 characters" once the page runs scripts. The input's
 * maxlength, from the same schema limit, stops typing beyond it.
 */
export function CharacterCount({ id, inputId, max }: { id: string; inputId: string; max: number }) {
  const t = useTranslations("editor.form");
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!input) return;
    const update = () => setCount(input.value.length);
    update();
    input.addEventListener("input", update);
    return () => input.removeEventListener("input", update);
  }, [inputId]);
  return (
    <p className="hint" id={id}>
      {count === null ? t("maxLength", { max }) : t("characterCount", { count, max })}
    </p>
  );
}
