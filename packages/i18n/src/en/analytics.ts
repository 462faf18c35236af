/** The organisers' analytics: headline figures, floors, heat map, top lists, programme turnout, warmth weights. */
export const analytics = {
  title: "Analytics",
};
