/** The event's registrants for its staff and organisers: decisions, check-in, turnout, exports, phone registration. */
export const registrants = {
  title: "registrants",
};
