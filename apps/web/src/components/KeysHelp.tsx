/** A list of keys and what they do, open on demand; the element with `id` is what a canvas's description points to. */
import { useTranslation } from "react-i18next";

export interface KeysHelpProps {
  id: string;
  /** The catalogue holding keys.title, keys.intro, keys.mouse and each key's label. */
  namespace: "floor" | "viewer";
  /** Keys as people press them, and the catalogue key of what they do. */
  keys: readonly (readonly [string, string])[];
  /** The CSS block the parts are named after (`floor-keys`, `floor-keys__summary`, …). */
  block: string;
}

export function KeysHelp({ id, namespace, keys, block }: KeysHelpProps) {
  const { t } = useTranslation(namespace);
  return (
    <details className={block}>
      <summary className={`${block}__summary`}>{t("keys.title")}</summary>
      <div id={id} className={`${block}__body`}>
        <p>{t("keys.intro")}</p>
        <dl className={`${block}__list`}>
          {keys.map(([pressed, label]) => (
            <div key={label} className={`${block}__row`}>
              <dt>
                <kbd>{pressed}</kbd>
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
