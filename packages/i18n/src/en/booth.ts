/** Strings of the booth screens. Keep Russian in step (ru/booth.ts). */
export const booth = {
  title: "Booth",
};
