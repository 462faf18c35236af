/** Letters about a registration: received, accepted (with the .ics), rejected, cancelled. */
export const registrationEmail = {
  /** A registration's status as a word, e.g. in "already registered (status: …)". */
  statuses: {
    accepted: "accepted",
    pending: "waiting for approval",
    rejected: "rejected",
    cancelled: "cancelled",
  },
  /** When the event takes place, in its own time zone. */
  when: "{{date}}, {{start}}–{{end}} ({{zone}} time)",
  /** A moment such as a decision deadline, in the event's time zone. */
  moment: "{{date}}, {{time}} ({{zone}} time)",
  accepted: {
    subject: "You are registered: {{event}}",
    body: "Hello, {{name}}!\n\nYour registration for “{{event}}” is confirmed.\n\nWhen: {{when}}\nEvent page: {{url}}\n\nThe attached file event.ics adds the event to your calendar.\n",
  },
  approved: {
    subject: "Your application is accepted: {{event}}",
    body: "Hello, {{name}}!\n\nYour application for “{{event}}” has been accepted: we look forward to seeing you.\n\nWhen: {{when}}\nEvent page: {{url}}\n\nThe attached file event.ics adds the event to your calendar.\n",
  },
  received: {
    subject: "Application received: {{event}}",
    body: "Hello, {{name}}!\n\nWe have received your application for “{{event}}”. The organisers review applications for this event and will decide by {{deadline}} at the latest; we will write to you as soon as they do.\n\nWhen: {{when}}\nEvent page: {{url}}\n",
  },
  rejected: {
    subject: "Your application was not accepted: {{event}}",
    body: "Hello, {{name}}!\n\nUnfortunately, your application for “{{event}}” was not accepted. The reason:\n\n{{reason}}\n\nYou can register again on the event's page while seats are left:\n{{url}}\n",
  },
  cancelled: {
    subject: "Registration cancelled: {{event}}",
    body: "Hello, {{name}}!\n\nYour registration for “{{event}}” ({{when}}) has been cancelled, and your seat is free for someone else.\n\nTo register again: {{url}}\n",
  },
};
