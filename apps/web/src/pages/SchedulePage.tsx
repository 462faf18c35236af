/** The business programme by day, stream and format. */
export function SchedulePage() {
  return <div className="container page" />;
}
