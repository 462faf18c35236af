/** The cabinet's Statistics tab: booth figures, charts, the report. */
export const stats = {
  tab: "Statistics",
};
