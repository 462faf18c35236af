/** Letters about a registration: received, accepted (with the .ics), rejected, cancelled. */
export const registrationEmail = {
  title: "registrationEmail",
};
