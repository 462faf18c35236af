/** The host's broadcast controls: devices and preview before going live, then the live switches. */
import type { Room } from "livekit-client";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { WebinarRoomState } from "../face.ts";
import { TrackVideo } from "../TrackMedia.tsx";
import type { DeviceChoice } from "./devices.ts";
import { type BroadcastError, useBroadcast } from "./useBroadcast.ts";

/** Why the console cannot broadcast now, when it cannot. */
function notConnectedKey(state: WebinarRoomState): string {
  if (state === "unavailable") return "console.unavailable";
  if (state === "displaced") return "console.displaced";
  return "console.notConnected";
}

export function BroadcastPanel({ room, roomState }: { room: Room | null; roomState: WebinarRoomState }) {
  const { t } = useTranslation("webinar");
  const titleId = useId();
  const broadcast = useBroadcast(room);
  const { busy, onAir, preview } = broadcast;
  return (
    <section className="webinar-card webinar-broadcast" aria-labelledby={titleId} data-on-air={onAir}>
      <div className="webinar-card__head">
        <h2 className="webinar-card__title" id={titleId}>
          {t("console.broadcast")}
        </h2>
        {onAir ? (
          <span className="tag tag--live">{t("console.onAir")}</span>
        ) : (
          <span className="tag tag--muted">{t("console.offAir")}</span>
        )}
      </div>
      {room ? null : (
        <p className="webinar-card__text" role="status">
          {t(notConnectedKey(roomState))}
        </p>
      )}
      <div className="webinar-broadcast__devices">
        <DeviceSelect
          label={t("console.camera")}
          devices={broadcast.cameras}
          value={broadcast.cameraId}
          onChange={(id) => broadcast.choose("videoinput", id)}
          disabled={busy}
        />
        <DeviceSelect
          label={t("console.microphone")}
          devices={broadcast.microphones}
          value={broadcast.microphoneId}
          onChange={(id) => broadcast.choose("audioinput", id)}
          disabled={busy}
        />
      </div>
      {!onAir && preview.video ? (
        <div className="webinar-broadcast__preview">
          <TrackVideo track={preview.video} source="camera" label={t("console.previewLabel")} mirror />
        </div>
      ) : null}
      {onAir ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={broadcast.toggleMicrophone}
            disabled={busy}
          >
            {broadcast.microphoneOn ? t("console.micMute") : t("console.micUnmute")}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={broadcast.toggleCamera}
            disabled={busy}
          >
            {broadcast.cameraOn ? t("console.cameraOff") : t("console.cameraOn")}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={broadcast.toggleScreen}
            disabled={busy}
          >
            {broadcast.sharing ? t("console.stopShare") : t("console.shareScreen")}
          </button>
          <button type="button" className="button button--ghost" onClick={broadcast.stop} disabled={busy}>
            {t("console.stop")}
          </button>
        </div>
      ) : (
        <>
          <p className="webinar-card__text">{t("console.previewHint")}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={broadcast.startPreview}
              disabled={busy}
            >
              {t("console.preview")}
            </button>
            <button
              type="button"
              className="button button--accent"
              onClick={broadcast.goLive}
              disabled={busy || !room}
              aria-busy={busy || undefined}
            >
              {busy ? <span className="spinner" aria-hidden="true" /> : null}
              {busy ? t("console.goingLive") : t("console.goLive")}
            </button>
          </div>
        </>
      )}
      {onAir ? <p className="webinar-card__hint">{t("console.stopHint")}</p> : null}
      <BroadcastErrorText error={broadcast.error} />
    </section>
  );
}

function DeviceSelect({
  label,
  devices,
  value,
  onChange,
  disabled,
}: {
  label: string;
  devices: DeviceChoice[];
  value: string;
  onChange: (deviceId: string) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation("webinar");
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={disabled}
      >
        <option value="">{t("console.defaultDevice")}</option>
        {devices.map((device, index) => (
          <option key={device.id} value={device.id}>
            {device.label || t("console.deviceUnnamed", { number: index + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}

function BroadcastErrorText({ error }: { error: BroadcastError | null }) {
  const { t } = useTranslation("webinar");
  if (!error) return null;
  const text = (() => {
    switch (error.kind) {
      case "denied":
        return t("console.deviceDenied");
      case "device":
        return t("console.deviceFailed", { reason: error.reason });
      case "share":
        return t("console.shareFailed");
      case "publish":
        return t("console.publishFailed");
      default: {
        const never: never = error;
        return never;
      }
    }
  })();
  return (
    <p className="field__error" role="alert">
      {text}
    </p>
  );
}
