/** Reminders before an event and the invitation to download the materials after it. */
export const reminderEmail = {
  title: "reminderEmail",
  /** "Monday, 23 November 2026 at 13:00 (Europe/Moscow, GMT+3)" */
  when: "{{date}} at {{time}} ({{zone}})",
  weekly: {
    subject: "Reminder: {{title}} on {{date}}",
    body: "Hello, {{name}}!\n\nYou are registered for “{{title}}”. It takes place {{when}}.\n\nThe event and your agenda:\n{{url}}\n",
  },
  final: {
    subject: "Tomorrow: {{title}}",
    body: "Hello, {{name}}!\n\n“{{title}}” is tomorrow, {{when}}. We look forward to seeing you.\n\nThe event:\n{{url}}\n\nIf you cannot come, please cancel your registration there, so that someone else can take the seat.\n",
  },
  soon: {
    subject: "Starting in 15 minutes: {{title}}",
    body: "Hello, {{name}}!\n\n“{{title}}” starts in 15 minutes, at {{time}} ({{zone}}). Join here:\n{{url}}\n",
  },
  materials: {
    subject: "Presentations and recording: {{title}}",
    body: "Hello, {{name}}!\n\nThank you for registering for “{{title}}”. The presentations and the recording are ready to download:\n{{url}}\n",
  },
};
