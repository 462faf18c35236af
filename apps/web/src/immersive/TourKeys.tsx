/** The tour's keys, open on demand, and the description of the stage for screen readers. */
import { useTranslation } from "react-i18next";

const KEYS = [
  ["← / →", "keys.turn"],
  ["↑ / ↓", "keys.tilt"],
  ["+ / −", "keys.zoom"],
  ["Home / 0", "keys.reset"],
  ["Tab, Enter", "keys.hotspots"],
] as const;

export function TourKeys({ id }: { id: string }) {
  const { t } = useTranslation("viewer");
  return (
    <details className="viewer-keys">
      <summary className="viewer-keys__summary">{t("keys.title")}</summary>
      <div id={id} className="viewer-keys__body">
        <p>{t("keys.intro")}</p>
        <dl className="viewer-keys__list">
          {KEYS.map(([keys, label]) => (
            <div key={label} className="viewer-keys__row">
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
        <p>{t("keys.mouse")}</p>
      </div>
    </details>
  );
}
