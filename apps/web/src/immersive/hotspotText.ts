/** How a tour hotspot is named and what it does, in the visitor's language. */
import type { Panorama, TourHotspot } from "@pavilion/schema";
import type { TFunction } from "i18next";
import { type MaterialKind, materialAction } from "../booth/materials.ts";
import { type Locale, pickText } from "../i18n/locale.ts";

export type HotspotAction =
  | { type: "panorama"; panoramaId: string }
  | { type: "download"; href: string }
  | { type: "open"; href: string }
  | { type: "caption"; text: string }
  | { type: "none" };

export function panoramaTitle(panorama: Panorama, index: number, locale: Locale, t: TFunction<"viewer">) {
  return pickText(panorama.title, locale) || t("tour.untitled", { number: index + 1 });
}

/** What activating the hotspot does: a panorama that is not in the tour, or a material without an address, does nothing. */
export function hotspotAction(
  hotspot: TourHotspot,
  panoramaIds: ReadonlySet<string>,
  locale: Locale,
): HotspotAction {
  switch (hotspot.kind) {
    case "panorama":
      return hotspot.targetPanoramaId && panoramaIds.has(hotspot.targetPanoramaId)
        ? { type: "panorama", panoramaId: hotspot.targetPanoramaId }
        : { type: "none" };
    case "material": {
      if (!hotspot.material) return { type: "none" };
      const action = materialAction({
        kind: hotspot.material.kind as MaterialKind,
        url: hotspot.material.url,
      });
      return action.type === "none" ? action : { type: action.type, href: action.href };
    }
    case "caption":
      return { type: "caption", text: pickText(hotspot.text, locale) };
    default: {
      const never: never = hotspot.kind;
      return never;
    }
  }
}

/** "Go to: Bottling line", "Open: Price list", or the caption's own text. */
export function hotspotLabel(
  hotspot: TourHotspot,
  panoramas: readonly Panorama[],
  locale: Locale,
  t: TFunction<"viewer">,
): string {
  const own = pickText(hotspot.text, locale);
  switch (hotspot.kind) {
    case "panorama": {
      const index = panoramas.findIndex((p) => p.id === hotspot.targetPanoramaId);
      const target = panoramas[index];
      return t("tour.goTo", { title: own || (target ? panoramaTitle(target, index, locale, t) : "") });
    }
    case "material":
      return t("tour.open", {
        title: own || (hotspot.material ? pickText(hotspot.material.title, locale) : ""),
      });
    case "caption":
      return own || t("tour.caption");
    default: {
      const never: never = hotspot.kind;
      return never;
    }
  }
}
