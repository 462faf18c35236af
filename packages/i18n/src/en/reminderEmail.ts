/** Reminders before an event and the invitation to download the materials after it. */
export const reminderEmail = {
  title: "reminderEmail",
};
