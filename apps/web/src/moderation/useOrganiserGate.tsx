import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { NoAccessGate, SignInGate } from "../cabinet/Gate.tsx";
import { PageLoading } from "../components/states.tsx";

/**
 * What an organisers' page (moderation, analytics) shows instead of itself to someone who is not an organiser
 * (null for an organiser); the server refuses them anyway.
 */
export function useOrganiserGate(
  /** Whose "gate" texts to show: each organisers' area says what it is. */
  namespace: "moderation" | "analytics" = "moderation",
): { organiser: boolean; gate: ReactNode } {
  const { t } = useTranslation(namespace);
  const session = useSession();
  if (session.isPending) return { organiser: false, gate: <PageLoading /> };
  if (!session.data) {
    return {
      organiser: false,
      gate: <SignInGate title={t("gate.signInTitle")} text={t("gate.signInText")} />,
    };
  }
  if (session.data.role !== "organiser") {
    return {
      organiser: false,
      gate: (
        <NoAccessGate
          title={t("gate.noAccessTitle")}
          text={t("gate.noAccessText")}
          back={{ to: "/", label: t("gate.back") }}
        />
      ),
    };
  }
  return { organiser: true, gate: null };
}
