import { type ReactNode, type Ref, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDuration } from "../lib/format.ts";
import { BoothIcon } from "./BoothIcon.tsx";

interface InlineVideoProps {
  url: string;
  posterUrl: string | null;
  durationMs: number | null;
  /** The video's accessible name. */
  label: string;
  /** The id of text describing the video (its text alternative), if any. */
  describedBy?: string;
  /** Called on every `play`; the caller decides which plays count. */
  onPlay?: (() => void) | undefined;
  /** Shown under the video while it can be played (its description). */
  caption?: ReactNode;
  ref?: Ref<HTMLVideoElement>;
}

/**
 * A video from this site with the browser's own controls (keyboard operable), its
 * poster and length shown before it plays, and a polite message instead when it
 * cannot be loaded.
 */
export function InlineVideo({
  url,
  posterUrl,
  durationMs,
  label,
  describedBy,
  onPlay,
  caption,
  ref,
}: InlineVideoProps) {
  const { t } = useTranslation("booth");
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  const duration = formatDuration(durationMs);

  if (failedUrl === url) {
    return (
      <div className="booth-video__failed" role="status">
        <BoothIcon name="video" size={28} />
        <p>{t("page.video.failed")}</p>
      </div>
    );
  }
  return (
    <>
      <div className="booth-video__frame">
        {/* biome-ignore lint/a11y/useMediaCaption: exhibitors upload no captions yet; the text alternative is linked by aria-describedby */}
        <video
          ref={ref}
          className="booth-video__player"
          src={url}
          poster={posterUrl ?? undefined}
          controls
          preload="metadata"
          playsInline
          aria-label={label}
          aria-describedby={describedBy}
          onPlay={() => {
            setStarted(true);
            onPlay?.();
          }}
          onError={() => setFailedUrl(url)}
        >
          {t("page.video.unsupported")}
        </video>
        {duration && !started ? (
          <span className="booth-video__duration" aria-hidden="true">
            <BoothIcon name="play" size={14} />
            {duration}
          </span>
        ) : null}
      </div>
      {caption}
    </>
  );
}
