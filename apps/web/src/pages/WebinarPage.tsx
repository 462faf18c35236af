/** The live view of an event (webinar, programme session): watching for viewers, the console for hosts. */
export function WebinarPage() {
  return null;
}
