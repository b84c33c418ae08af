import { getTranslations } from "next-intl/server";
import styles from "./editor.module.css";

export async function StatusBadge({ status, deleted }: { status: "draft" | "published" | "cancelled"; deleted: boolean }) {
  const t = await getTranslations("editor.status");
  const key = deleted ? "deleted" : status;
  return <span className={`${styles.statusBadge} ${styles[`status_${key}`]}`}>{t(key)}</span>;
}
