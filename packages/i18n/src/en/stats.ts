/** The cabinet's Statistics tab: booth figures, charts, the report. */
export const stats = {
  tab: "Statistics",
  title: "Booth statistics",
  lead: "What visitors did at your booth and your webinars in the chosen period. Days follow the exhibition's time zone; figures are updated every few minutes.",

  period: {
    presets: "Period",
    whole: "Whole exhibition",
    today: "Today",
    last7: "Last 7 days",
    from: "From",
    to: "To",
    showing: "Showing {{range}}",
    reversed: "The period must end on or after the day it starts.",
  },

  report: {
    xlsx: "Download report (.xlsx)",
    csv: "CSV",
    xlsxLabel: "Download the report for this period as an Excel file",
    csvLabel: "Download the days of this period as a CSV file",
  },

  figures: {
    visits: "Booth visits",
    uniqueVisitors: "Unique visitors",
    averageTime: "Average time at the booth",
    downloads: "Downloads",
    videoPlays: "Video plays",
    chatMessages: "Chat messages",
    contacts: "Contacts left",
    meetings: "Meetings booked",
    modelViews: "3D model views",
    tourVisits: "360° tour visits",
    tourTime: "Time in the tour",
    minutes: "{{minutes}} min",
    minutesSeconds: "{{minutes}} min {{seconds}} s",
    seconds: "{{seconds}} s",
  },

  chart: {
    title: "Visits per day",
    visits: "Visits",
    uniqueVisitors: "Unique visitors",
    day: "Day",
    empty: "No visits in this period.",
    summary: "{{days}} days; the busiest was {{day}} with {{max}} visits.",
  },

  materials: {
    title: "Downloads per material",
    empty: "No downloads in this period.",
    downloads_one: "{{formatted}} download",
    downloads_few: "{{formatted}} downloads",
    downloads_many: "{{formatted}} downloads",
    downloads_other: "{{formatted}} downloads",
  },

  webinars: {
    title: "Webinars: registered → attended",
    empty: "No webinars of yours in this period.",
    numbers: "{{registered}} registered → {{attended}} attended",
    rate: "{{rate}} came",
    noRate: "nobody registered",
  },
};
