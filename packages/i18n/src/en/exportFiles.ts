/** Files made for download: the registrants of an event as .xlsx and .csv. */
export const exportFiles = {
  registrants: {
    sheet: "Registrants",
    fileName: "Registrants — {{title}}",
    columns: {
      lastName: "Last name",
      firstName: "First name",
      company: "Company",
      position: "Position",
      email: "E-mail",
      phone: "Phone",
      heardFrom: "How they heard about it",
      status: "Status",
      reason: "Reason",
      registeredAt: "Registered at ({{zone}})",
      registeredBy: "Registered by",
      attended: "Attended the webinar",
      checkedIn: "Checked in",
    },
    status: {
      accepted: "Accepted",
      pending: "Awaiting approval",
      rejected: "Rejected",
      cancelled: "Cancelled",
    },
    selfRegistered: "Themselves",
  },
};
