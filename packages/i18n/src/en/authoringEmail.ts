/** Letters about writing events: to their authors on a decision, to registrants on a new time or a cancellation. */
export const authoringEmail = {
  approved: {
    subject: "Approved: {{event}}",
    body: "Hello, {{name}}!\n\nThe organisers of {{exhibition}} have approved “{{event}}”. It is now in the programme, and registration is open:\n{{url}}\n",
  },
  sentBack: {
    subject: "Changes needed: {{event}}",
    body: "Hello, {{name}}!\n\nThe organisers of {{exhibition}} have sent “{{event}}” back to you. Their note:\n\n{{note}}\n\nMake the changes and submit the event again:\n{{editUrl}}\n",
  },
  revisionApproved: {
    subject: "Changes approved: {{event}}",
    body: "Hello, {{name}}!\n\nThe organisers of {{exhibition}} have approved your changes to “{{event}}”. The event page now shows them:\n{{url}}\n",
  },
  revisionSentBack: {
    subject: "Changes not approved: {{event}}",
    body: "Hello, {{name}}!\n\nThe organisers of {{exhibition}} have not approved your changes to “{{event}}”; the event stays as it was approved before. Their note:\n\n{{note}}\n\nYou can change your proposal and submit it again:\n{{editUrl}}\n",
  },
  timeChanged: {
    subject: "New time: {{event}}",
    body: "Hello, {{name}}!\n\n“{{event}}”, which you registered for, has a new time.\n\nWas: {{before}}\nNow: {{when}}\n\nYour registration stands. The attached file event.ics updates the entry in your calendar.\nEvent page: {{url}}\n",
  },
  cancelled: {
    subject: "Cancelled: {{event}}",
    body: "Hello, {{name}}!\n\nWe are sorry: “{{event}}” ({{when}}), which you registered for, has been cancelled. The reason:\n\n{{reason}}\n\nOther events of the programme: {{programmeUrl}}\n",
  },
};
