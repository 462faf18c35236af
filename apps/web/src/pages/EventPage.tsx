/** One event: agenda, speakers, the registration form and its result. */
export function EventPage() {
  return <div className="container page" />;
}
