/** The downloadable statistics report of an exhibitor. */
export const statsReport = {
  title: "Booth statistics",
};
