/** The keys of the 3D floor, visible on demand and linked from the canvas's description. */
import { useTranslation } from "react-i18next";
import "./KeyboardHelp.css";

const KEYS = [
  ["W / ↑", "keys.forward"],
  ["S / ↓", "keys.back"],
  ["A / D", "keys.strafe"],
  ["← / →  Q / E", "keys.turn"],
  ["Shift", "keys.run"],
  ["Enter", "keys.enter"],
  ["O", "keys.overview"],
] as const;

export function KeyboardHelp({ id }: { id: string }) {
  const { t } = useTranslation("floor");
  return (
    <details className="floor-keys">
      <summary className="floor-keys__summary">{t("keys.title")}</summary>
      <div id={id} className="floor-keys__body">
        <p>{t("keys.intro")}</p>
        <dl className="floor-keys__list">
          {KEYS.map(([keys, label]) => (
            <div key={label} className="floor-keys__row">
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
