/**
 * The booths of the floor as a searchable list beside the editor's plan: type part
 * of a company's name (either language), then pick a booth with Enter or a click.
 * Up and Down move between the booths listed.
 */
import type { FloorBooth } from "@pavilion/schema";
import { type KeyboardEvent, useDeferredValue, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { SearchInput } from "../../components/forms.tsx";
import { filterBooths, listBooths } from "../../floor/plan2d/filter.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { safeColor } from "../../lib/color.ts";

/** Longer lists show their first rows only; typing narrows them. */
const SHOWN = 150;

interface BoothPickerProps {
  booths: readonly FloorBooth[];
  selectedId: string | null;
  onPick: (booth: FloorBooth) => void;
}

function moveFocus(event: KeyboardEvent<HTMLElement>, list: HTMLElement | null) {
  const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
  if (!step || !list) return;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>("button")];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[at < 0 ? 0 : Math.min(buttons.length - 1, Math.max(0, at + step))];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

export function BoothPicker({ booths, selectedId, onPick }: BoothPickerProps) {
  const { t } = useTranslation("floorEdit");
  const { t: tb } = useTranslation("booth");
  const locale = useLocale();
  const titleId = useId();
  const inputId = useId();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const listed = useMemo(() => listBooths(booths, locale, tb("unnamed")), [booths, locale, tb]);
  const items = useMemo(() => filterBooths(listed, deferred), [listed, deferred]);
  const [list, setList] = useState<HTMLUListElement | null>(null);
  const status = deferred.trim()
    ? t("picker.matches", { count: items.length, total: listed.length })
    : t("picker.count", { count: listed.length });

  return (
    <section className="editor-picker" aria-labelledby={titleId}>
      <h2 className="editor-picker__title" id={titleId}>
        {t("picker.title")}
      </h2>
      <label className="visually-hidden" htmlFor={inputId}>
        {t("picker.filterLabel")}
      </label>
      <SearchInput
        id={inputId}
        value={query}
        placeholder={t("picker.placeholder")}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") moveFocus(event, list);
        }}
      />
      <p className="editor-picker__status" role="status">
        {status}
      </p>
      {listed.length > 0 && items.length === 0 ? (
        <p className="editor-picker__empty">{t("picker.noMatches", { query: deferred.trim() })}</p>
      ) : null}
      <ul
        className="editor-picker__items"
        aria-labelledby={titleId}
        ref={setList}
        onKeyDown={(e) => moveFocus(e, list)}
      >
        {items.slice(0, SHOWN).map(({ booth, name }) => (
          <li key={booth.id}>
            <button
              type="button"
              className="editor-picker__row"
              aria-pressed={booth.id === selectedId}
              onClick={() => onPick(booth)}
            >
              <span
                className="editor-picker__swatch"
                style={{ background: safeColor(booth.color) }}
                aria-hidden="true"
              />
              <span className="editor-picker__name">{name}</span>
              <span className="editor-picker__size">{t(`footprints.${booth.size}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      {items.length > SHOWN ? (
        <p className="editor-picker__more">{t("picker.more", { count: SHOWN })}</p>
      ) : null}
    </section>
  );
}
