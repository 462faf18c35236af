import type { BoothPage } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDuration } from "../lib/format.ts";
import { BoothIcon } from "./BoothIcon.tsx";
import { InlineVideo } from "./InlineVideo.tsx";
import { webLink } from "./links.ts";

interface BoothPresentationProps {
  booth: Pick<BoothPage, "video" | "videoLink">;
  /** The company's name, for the video's accessible name. */
  name: string;
  /** Called on every `play` of the presentation. */
  onPlay?: () => void;
}

/** A video presented elsewhere: a clear way to it in a new tab; nothing from other origins is embedded. */
function ExternalPresentation({ href }: { href: string }) {
  const { t } = useTranslation("booth");
  const link = webLink(href);
  const host = link?.label.split("/")[0]?.replace(/^www\./, "");
  if (!link) return null;
  return (
    <div className="booth-video__external">
      <span className="booth-video__external-mark" aria-hidden="true">
        <BoothIcon name="play" size={34} />
      </span>
      <a
        className="button button--accent button--lg"
        href={link.href}
        target="_blank"
        rel="noopener noreferrer"
      >
        <span>{t("page.video.watch")}</span>
        <BoothIcon name="external" size={18} />
        <span className="visually-hidden"> {t("page.newTab")}</span>
      </a>
      <p className="booth-video__external-note">
        {host ? t("page.video.external", { host }) : t("page.video.externalNoHost")}
      </p>
    </div>
  );
}

/** The company's video presentation near the top of the booth: played here, or linked. */
export function BoothPresentation({ booth, name, onPlay }: BoothPresentationProps) {
  const { t } = useTranslation("booth");
  const titleId = useId();
  const aboutId = useId();
  const { video, videoLink } = booth;
  if (!video && !webLink(videoLink)) return null;
  const duration = video ? formatDuration(video.durationMs) : null;
  return (
    <section className="booth-section booth-video" aria-labelledby={titleId}>
      <h2 className="booth-section__title" id={titleId}>
        {t("page.video.title")}
      </h2>
      {video ? (
        <InlineVideo
          url={video.url}
          posterUrl={video.posterUrl}
          durationMs={video.durationMs}
          label={t("page.video.label", { name })}
          describedBy={aboutId}
          onPlay={onPlay}
          caption={
            <p className="booth-note booth-video__about" id={aboutId}>
              {duration ? `${t("page.video.duration", { duration })}. ` : ""}
              {t("page.video.about")}
            </p>
          }
        />
      ) : (
        <ExternalPresentation href={videoLink ?? ""} />
      )}
    </section>
  );
}
