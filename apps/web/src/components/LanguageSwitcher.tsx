import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { changeLocale } from "../i18n/i18n.ts";
import { otherLocale } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useTRPC } from "../trpc.ts";
import { Icon } from "./Icon.tsx";

/** One button that offers the other language, named in that language ("English" / "Русский"). */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const locale = useLocale();
  const next = otherLocale(locale);
  const { data: user } = useSession();
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.auth.setLocale.mutationOptions());

  function switchLanguage() {
    void changeLocale(next, { remember: true });
    if (user) mutate({ locale: next });
  }

  return (
    <button type="button" className="lang-switch" lang={next} onClick={switchLanguage}>
      <Icon name="globe" size={18} />
      <span>{t("language.switchTo")}</span>
    </button>
  );
}
