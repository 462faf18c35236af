import { useTranslation } from "react-i18next";
import { SignInLinks } from "../../auth/SignInLinks.tsx";
import type { LivePlaceKind } from "../../live/room/place.ts";
import { placeTextKey } from "./texts.ts";

/** The chat needs an account: why, and the way in that comes back to this place. */
export function ChatSignedOut({ kind }: { kind: LivePlaceKind }) {
  const { t } = useTranslation("booth");
  return (
    <div className="chat-panel__signed-out">
      <p className="chat-panel__note">{t(placeTextKey(kind, "signedOut"))}</p>
      <div className="chat-panel__links">
        <SignInLinks
          signInLabel={t("chat.signIn")}
          signUpLabel={t("chat.signUp")}
          signInClassName="button button--primary button--sm"
          signUpClassName="button button--secondary button--sm"
        />
      </div>
    </div>
  );
}
