export const moderation = {
  title: "moderation",
};
