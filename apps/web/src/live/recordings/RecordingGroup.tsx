import type { RecordingItem } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateTime, formatDuration, timeZoneLabel } from "../../lib/format.ts";
import type { RecordingGroup } from "./groups.ts";

/** One company's recordings (or the programme's) under its name, with the way to its booth. */
export function RecordingGroupSection({ group }: { group: RecordingGroup }) {
  const { t } = useTranslation("live");
  const titleId = useId();
  return (
    <section className="recordings-group" aria-labelledby={titleId} data-testid="recordings-group">
      <div className="recordings-group__head">
        <h2 className="recordings-group__title" id={titleId}>
          {group.exhibitorId === null ? t("recordings.programme") : group.name}
        </h2>
        {group.exhibitorId ? (
          <Link className="recordings-group__booth" to={`/booths/${group.exhibitorId}`}>
            {t("recordings.booth")}
          </Link>
        ) : null}
      </div>
      <ul className="recordings-grid">
        {group.items.map((item) => (
          <RecordingCard key={item.eventId} item={item} />
        ))}
      </ul>
    </section>
  );
}

/** A recording: the video with its poster and the browser's controls, its title, date and length. */
function RecordingCard({ item }: { item: RecordingItem }) {
  const { t } = useTranslation("live");
  const locale = useLocale();
  const titleId = useId();
  const title = pickText(item.title, locale);
  const duration = formatDuration(item.durationMs);
  const when = t("recordings.when", {
    date: formatDateTime(item.startsAt, locale, item.timezone),
    zone: timeZoneLabel(item.timezone, locale, new Date(item.startsAt)),
  });
  return (
    <li className="recording-card" aria-labelledby={titleId} data-testid="recording">
      {/* biome-ignore lint/a11y/useMediaCaption: recordings are uploaded as they were given, without captions. */}
      <video
        className="recording-card__video"
        src={item.url}
        poster={item.posterUrl ?? undefined}
        controls
        preload="none"
        aria-label={t("recordings.videoLabel", { title })}
      />
      <div className="recording-card__text">
        <h3 className="recording-card__title" id={titleId}>
          {title}
        </h3>
        <p className="recording-card__meta">
          <time dateTime={item.startsAt}>{when}</time>
          {duration ? <span>{t("recordings.duration", { duration })}</span> : null}
        </p>
      </div>
    </li>
  );
}
