/** Readable words for the activity log's kinds ("booth.visit" → "Visited the booth"), as catalogue keys. */

const keys: Record<string, { plain: string; withTitle?: string }> = {
  "booth.visit": { plain: "activity.kinds.booth.visit" },
  "material.download": {
    plain: "activity.kinds.material.download",
    withTitle: "activity.kinds.material.download",
  },
  "material.open": { plain: "activity.kinds.material.open", withTitle: "activity.kinds.material.open" },
  "video.play": { plain: "activity.kinds.video.play", withTitle: "activity.kinds.video.playMaterial" },
  "contact.left": { plain: "activity.kinds.contact.left" },
  "model.viewed": { plain: "activity.kinds.model.viewed" },
  "tour.left": { plain: "activity.kinds.tour.left" },
};

/**
 * The `cabinet:` key that words an activity kind, given whether a material's title
 * is known; kinds this version does not know get "Other activity (kind)".
 */
export function activityKey(kind: string, hasTitle: boolean): string {
  const entry = keys[kind];
  if (!entry) return "activity.kinds.other";
  return hasTitle && entry.withTitle ? entry.withTitle : entry.plain;
}
