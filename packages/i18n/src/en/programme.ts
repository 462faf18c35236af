/** The schedule, an event's page, the registration form, my agenda. */
export const programme = {
  title: "programme",
};
