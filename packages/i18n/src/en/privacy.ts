/** A visitor's own data: activity, consents, download and deletion. */
export const privacy = {
  title: "My data",
};
