/** Visitors' 3D model viewer and 360° tour on the booth page (issue 8). */
export const viewer = {
  tab: "3D and tour",
};
