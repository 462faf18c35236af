/** The organiser's registration settings: the "how did you hear about it" choices. */
export function AdminRegistrationPage() {
  return <div className="container page" />;
}
