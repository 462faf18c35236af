import type { Quota } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatBytes } from "../upload/files.ts";

/** "Used 120 MB of 1 GB" over a bar that turns amber, then red, as the storage fills. */
export function QuotaMeter({ quota }: { quota: Quota }) {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  const id = useId();
  const share = quota.quotaBytes > 0 ? Math.min(1, quota.usedBytes / quota.quotaBytes) : 1;
  const level = share >= 0.9 ? "full" : share >= 0.75 ? "high" : "ok";
  const text = t("materials.quota", {
    used: formatBytes(quota.usedBytes, locale),
    quota: formatBytes(quota.quotaBytes, locale),
  });
  return (
    <div className="quota">
      <p className="quota__text" id={id}>
        {text}
      </p>
      <meter
        className={`quota__meter quota__meter--${level}`}
        aria-labelledby={id}
        min={0}
        max={Math.max(1, quota.quotaBytes)}
        value={Math.min(quota.usedBytes, quota.quotaBytes)}
      />
    </div>
  );
}
