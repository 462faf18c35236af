/**
 * The side panel of the floor editor: the selected booth's company, size (a select),
 * place and whether it was placed by hand; Save and Cancel for its unsaved change;
 * and the live regions that announce what the change would do and how saving went.
 */
import type { PlacementProblem } from "@pavilion/floor";
import type { FloorBooth } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { boothName } from "../../booth/names.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { safeColor } from "../../lib/color.ts";
import type { Draft } from "./draft.ts";

const SIZES = ["small", "medium", "large"] as const;

/** How the last save or cancel went, for the live regions. */
export interface EditResult {
  kind: "ok" | "error";
  text: string;
}

interface BoothPanelProps {
  booth: FloorBooth | undefined;
  /** The booth's draft: its unsaved change, or where it stands. */
  current: Draft | null;
  changed: boolean;
  problem: PlacementProblem | null;
  busy: boolean;
  result: EditResult | null;
  onSize: (size: Draft["size"]) => void;
  onSave: () => void;
  onCancel: () => void;
}

export function BoothPanel({
  booth,
  current,
  changed,
  problem,
  busy,
  result,
  onSize,
  onSave,
  onCancel,
}: BoothPanelProps) {
  const { t } = useTranslation("floorEdit");
  const { t: tb } = useTranslation("booth");
  const locale = useLocale();
  const titleId = useId();
  const sizeId = useId();
  const forecast = problem ? t(`errors:codes.floor.${problem}`) : t("panel.fits");

  return (
    <section className="editor-panel" aria-labelledby={titleId}>
      <h2 className="editor-panel__title" id={titleId}>
        {t("panel.title")}
      </h2>
      {booth && current ? (
        <>
          <div className="editor-panel__company">
            <span
              className="editor-panel__swatch"
              style={{ background: safeColor(booth.color) }}
              aria-hidden="true"
            />
            <div>
              <p className="editor-panel__name" data-testid="selected-booth">
                {boothName(booth.name, locale, tb("unnamed"))}
              </p>
              <span className={booth.placedByHand ? "tag tag--ok" : "tag tag--muted"}>
                {booth.placedByHand ? t("panel.placedByHand") : t("panel.placedByLayout")}
              </span>
            </div>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={sizeId}>
              {t("panel.size")}
            </label>
            <select
              id={sizeId}
              className="field__input field__select"
              value={current.size}
              disabled={busy}
              onChange={(event) => onSize(event.target.value as Draft["size"])}
            >
              {SIZES.map((size) => (
                <option key={size} value={size}>
                  {t(`sizes.${size}`)}
                </option>
              ))}
            </select>
          </div>
          <dl className="editor-panel__facts">
            <dt>{t("panel.position")}</dt>
            <dd data-testid="booth-position">
              <span>{t("panel.fromWest", { value: current.x })}</span>
              <span>{t("panel.fromNorth", { value: current.z })}</span>
            </dd>
          </dl>
          <p
            className={problem ? "editor-panel__forecast is-refused" : "editor-panel__forecast"}
            aria-live="polite"
          >
            {changed ? `${t("panel.unsaved")} ${forecast}` : ""}
          </p>
          <div className="button-row editor-panel__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!changed || busy}
              aria-busy={busy || undefined}
              onClick={onSave}
            >
              {busy ? <span className="spinner" aria-hidden="true" /> : null}
              {busy ? t("panel.saving") : t("panel.save")}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={!changed || busy}
              onClick={onCancel}
            >
              {t("panel.cancel")}
            </button>
          </div>
          <Link className="editor-panel__link" to={`/booths/${encodeURIComponent(booth.exhibitorId)}`}>
            {t("panel.boothPage")}
          </Link>
        </>
      ) : (
        <p className="editor-panel__none">{t("panel.none")}</p>
      )}
      {/* Both live regions are always in the page, so what fills them is read out. */}
      <p
        className={result?.kind === "ok" ? "editor-panel__result is-ok" : "editor-panel__result"}
        role="status"
      >
        {result?.kind === "ok" ? result.text : ""}
      </p>
      <p
        className={result?.kind === "error" ? "editor-panel__result is-error" : "editor-panel__result"}
        role="alert"
      >
        {result?.kind === "error" ? result.text : ""}
      </p>
    </section>
  );
}
