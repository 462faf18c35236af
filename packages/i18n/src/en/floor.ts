/**
 * Strings of the floor screens (3D view, toolbar, route, search). Keep Russian in
 * step (ru/floor.ts). Counted strings carry all four plural forms in both
 * languages (see ui.ts).
 */
export const floor = {
  title: "Exhibition floor",
  loading: "Loading the floor…",
  loading3d: "Setting up the hall…",
  canvas: {
    label: "3D exhibition floor {{floor}}",
  },
  notFound: {
    title: "There is no such floor",
    text: "The link may be old, or the floor was renamed. All the floors of the exhibition are on the home page.",
    allFloors: "All floors",
  },
  empty: {
    title: "This floor is still empty",
    text: "No exhibitor has a booth here yet. Try another floor with the buttons on the left.",
  },
  lift: {
    label: "Floors",
    title: "Floors",
  },
  search: {
    label: "Find an exhibitor",
    placeholder: "Find an exhibitor",
    results: "Exhibitors found",
    none: "Nobody matches “{{query}}”.",
    count_one: "{{count, number}} exhibitor found",
    count_few: "{{count, number}} exhibitors found",
    count_many: "{{count, number}} exhibitors found",
    count_other: "{{count, number}} exhibitors found",
  },
  display: {
    label: "Show the floor as",
    scene: "3D",
    plan: "Plan",
    noWebgl: "This device cannot show 3D, so here is the plan.",
  },
  view: {
    overview: "Overview",
    walk: "Walk",
  },
  keys: {
    title: "Keys",
    intro: "Click the hall (or Tab to it) and use the keys:",
    forward: "walk forward",
    back: "walk back",
    strafe: "step left or right",
    turn: "turn left or right",
    run: "hold to walk faster",
    enter: "enter the booth in front of you",
    overview: "overview of the whole floor, and back",
    mouse: "Mouse: drag to look around, click a booth to enter it, click an alley to walk there.",
  },
  minimap: {
    label: "Map of the floor with your place and your route; click to walk there",
    here: "You are here",
  },
  route: {
    title: "My route",
    signedOut: "Bookmark booths to get a route through them.",
    signIn: "Sign in",
    empty: "Bookmark booths on this floor and the route through them appears here.",
    next: "Next stop: {{name}} · {{metres}} m",
    done: "You have visited every stop. Well done!",
    stops: "Stops in walking order",
    replan: "Plan again from here",
  },
  focus: {
    label: "Booth {{name}}",
    enter: "Enter the booth",
    bookmark: "Add to my route",
    unbookmark: "Remove from my route",
    signInToBookmark: "Sign in to add it to your route",
    announce: "In front of you: {{name}}. Press Enter to go in.",
  },
};
