/** The event's speakers and moderators: portrait, name, company, achievements and the detailed bio. */
import type { EventPage } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

export function EventSpeakers({ event }: { event: EventPage }) {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  const titleId = useId();
  if (event.speakers.length === 0) return null;
  const bios = new Map(event.speakerBios.map((bio) => [bio.id, bio.bio]));
  return (
    <section className="event-section" aria-labelledby={titleId}>
      <h2 className="event-section__title" id={titleId}>
        {t("event.speakers")}
      </h2>
      <ul className="event-speakers">
        {event.speakers.map((speaker) => {
          const name = pickText(speaker.name, locale);
          const company = pickText(speaker.company, locale);
          const achievements = pickText(speaker.achievements, locale);
          const bio = pickText(bios.get(speaker.id), locale);
          return (
            <li key={speaker.id} className="event-speaker">
              {speaker.photoUrl ? (
                <img
                  className="event-speaker__photo"
                  src={speaker.photoUrl}
                  alt={t("event.speakerPhoto", { name })}
                  width={96}
                  height={128}
                  loading="lazy"
                />
              ) : (
                <span className="event-speaker__photo event-speaker__photo--none" aria-hidden="true">
                  {initials(name)}
                </span>
              )}
              <div className="event-speaker__text">
                <h3 className="event-speaker__name">
                  {name}
                  {speaker.role === "moderator" ? (
                    <span className="tag tag--muted">{t("event.moderator")}</span>
                  ) : null}
                </h3>
                {company ? <p className="event-speaker__company">{company}</p> : null}
                {achievements ? <p className="event-speaker__achievements">{achievements}</p> : null}
                {bio ? <p className="event-speaker__bio">{bio}</p> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
