/** My agenda: what I registered for, and my calendar feed. */
export function AgendaPage() {
  return <div className="container page" />;
}
