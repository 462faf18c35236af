/** Strings of the floor screens. Keep Russian in step (ru/floor.ts). */
export const floor = {
  title: "Exhibition floor",
};
