/** The webinar page: watching, the hosts' console, the stage. */
export const webinar = {
  title: "Webinar",
};
