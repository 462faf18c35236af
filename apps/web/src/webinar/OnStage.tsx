/** A viewer the hosts brought on stage: turn one's camera and microphone on and off. */
import type { Room } from "livekit-client";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

export function OnStage({ room }: { room: Room }) {
  const { t } = useTranslation("webinar");
  const titleId = useId();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const me = room.localParticipant;
  const toggle = async (turn: (on: boolean) => Promise<unknown>, on: boolean) => {
    setBusy(true);
    setFailed(false);
    try {
      await turn(on);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const camera = me.isCameraEnabled;
  const microphone = me.isMicrophoneEnabled;
  return (
    <section className="webinar-card webinar-on-stage" aria-labelledby={titleId}>
      <h2 className="webinar-card__title" id={titleId}>
        <span className="tag tag--live">{t("onStage.title")}</span>
      </h2>
      <p className="webinar-card__text">{t("onStage.text")}</p>
      <div className="button-row">
        <button
          type="button"
          className={camera ? "button button--secondary" : "button button--primary"}
          disabled={busy}
          onClick={() => void toggle((on) => me.setCameraEnabled(on), !camera)}
        >
          {camera ? t("onStage.cameraOff") : t("onStage.cameraOn")}
        </button>
        <button
          type="button"
          className={microphone ? "button button--secondary" : "button button--primary"}
          disabled={busy}
          onClick={() => void toggle((on) => me.setMicrophoneEnabled(on), !microphone)}
        >
          {microphone ? t("onStage.micOff") : t("onStage.micOn")}
        </button>
      </div>
      {failed ? (
        <p className="field__error" role="alert">
          {t("onStage.failed")}
        </p>
      ) : null}
    </section>
  );
}
