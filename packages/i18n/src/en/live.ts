/** Chat and Q&A panels, the cabinet's live tab, the recordings library. */
export const live = {
  title: "Live",
};
