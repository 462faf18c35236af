/** The cabinet's 3D models and 360° tour tab (issue 8). */
export const immersive = {
  tab: "3D and tour",
};
