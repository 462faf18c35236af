/**
 * The webinar's picture: one 16:9 frame with the exhibition's logo in its corner, showing the
 * live video (slides first when shared), or what to know instead: the countdown, the end and the
 * recording, why one may not watch, or that the live server is away.
 */
import type { Webinar } from "@pavilion/schema";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import type { WebinarFace } from "./face.ts";
import type { RoomMedia, VideoFeed } from "./feeds.ts";
import { arrangeStage } from "./layout.ts";
import {
  DisplacedPanel,
  EndedPanel,
  RefusedPanel,
  ScheduledPanel,
  UnavailablePanel,
} from "./StagePanels.tsx";
import { TrackAudio, TrackVideo } from "./TrackMedia.tsx";

interface VideoStageProps {
  webinar: Webinar;
  face: WebinarFace;
  media: RoomMedia;
  /** Still joining the room: the live picture is on its way. */
  connecting: boolean;
  audioBlocked: boolean;
  onStartAudio: () => void;
  /** Takes the seat back from another tab of the same account. */
  onRejoin: () => void;
}

export function VideoStage({
  webinar,
  face,
  media,
  connecting,
  audioBlocked,
  onStartAudio,
  onRejoin,
}: VideoStageProps) {
  const { t } = useTranslation("webinar");
  const locale = useLocale();
  const exhibition = pickText(webinar.branding.exhibitionName, locale);
  const live = face === "live" || face === "reconnecting";
  return (
    <section className="webinar-stage" aria-label={t("stage.label")} data-face={face}>
      <div className="webinar-stage__frame on-dark">
        {live ? (
          <LiveVideos media={media} />
        ) : (
          <StagePanel webinar={webinar} face={face} onRejoin={onRejoin} />
        )}
        {live && connecting ? <Overlay>{t("stage.connecting")}</Overlay> : null}
        {face === "reconnecting" ? (
          <Overlay>
            <strong>{t("stage.reconnecting")}</strong>
            <span>{t("stage.reconnectingHint")}</span>
          </Overlay>
        ) : null}
        {face === "live" ? <span className="webinar-stage__badge">{t("stage.liveBadge")}</span> : null}
        {webinar.branding.logoUrl ? (
          <img className="webinar-stage__logo" src={webinar.branding.logoUrl} alt={exhibition} />
        ) : (
          <span className="webinar-stage__brand">{exhibition}</span>
        )}
      </div>
      {live && audioBlocked && media.sounds.length > 0 ? (
        <div className="webinar-stage__sound">
          <span>{t("stage.soundBlocked")}</span>
          <button type="button" className="button button--accent button--sm" onClick={onStartAudio}>
            {t("stage.enableSound")}
          </button>
        </div>
      ) : null}
      {media.sounds.map((sound) => (
        <TrackAudio key={sound.key} track={sound.track} />
      ))}
    </section>
  );
}

function Overlay({ children }: { children: ReactNode }) {
  return (
    <div className="webinar-stage__overlay">
      <span className="spinner spinner--large" aria-hidden="true" />
      {children}
    </div>
  );
}

function StagePanel({
  webinar,
  face,
  onRejoin,
}: {
  webinar: Webinar;
  face: WebinarFace;
  onRejoin: () => void;
}) {
  switch (face) {
    case "scheduled":
      return <ScheduledPanel webinar={webinar} />;
    case "ended":
      return <EndedPanel webinar={webinar} />;
    case "unavailable":
      return <UnavailablePanel />;
    case "refused":
      return <RefusedPanel webinar={webinar} />;
    case "displaced":
      return <DisplacedPanel onRejoin={onRejoin} />;
    case "live":
    case "reconnecting":
      return null;
    default: {
      const never: never = face;
      return never;
    }
  }
}

/** The main picture and the small tiles, as the layout arranges the room's videos. */
function LiveVideos({ media }: { media: RoomMedia }) {
  const { t } = useTranslation("webinar");
  const { main, tiles } = arrangeStage(media.videos);
  const label = (feed: VideoFeed) => {
    const name = feed.local ? t("stage.you") : feed.name || t("stage.speaker");
    return feed.source === "screen" ? t("stage.screenOf", { name }) : t("stage.cameraOf", { name });
  };
  return (
    <>
      {main ? (
        <TrackVideo
          key={main.key}
          track={main.track}
          source={main.source}
          label={label(main)}
          className={`webinar-stage__main webinar-stage__main--${main.source}`}
          mirror={main.local && main.source === "camera"}
        />
      ) : (
        <p className="webinar-stage__placeholder">{t("stage.waitingVideo")}</p>
      )}
      {tiles.length > 0 ? (
        <ul className="webinar-stage__tiles">
          {tiles.map((tile) => (
            <li key={tile.key} className="webinar-stage__tile">
              <TrackVideo
                track={tile.track}
                source={tile.source}
                label={label(tile)}
                mirror={tile.local && tile.source === "camera"}
              />
              <span className="webinar-stage__tile-name">{tile.local ? t("stage.you") : tile.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
