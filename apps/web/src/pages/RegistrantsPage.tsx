/** An event's registrants for its staff and organisers: decisions, check-in, turnout, exports, phone registration. */
export function RegistrantsPage() {
  return <div className="container page" />;
}
