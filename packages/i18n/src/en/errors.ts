export const errors = {
  codes: {
    "validation.invalid": "Please correct the highlighted fields.",
    "auth.emailTaken": "An account with this e-mail already exists. Sign in or reset your password.",
    "auth.invalidCredentials": "The e-mail or password is wrong.",
    "auth.resetLinkInvalid": "This password reset link is not valid. Ask for a new one.",
    "auth.resetLinkExpired": "This password reset link has expired. Ask for a new one.",
    "auth.signInRequired": "Please sign in to continue.",
    "auth.forbidden": "You do not have access to this.",
    notFound: "Not found.",
    "floor.overlapsBooth": "The booth cannot stand there: it would overlap another booth.",
    "floor.blocksAlley": "The booth cannot stand there: it would block an alley.",
    "floor.outsideFloor": "The booth cannot stand there: it would reach beyond the floor.",
    "upload.empty": "The file is empty (0 bytes). Choose the file again.",
    "upload.tooLarge": "The file is too large: {{size}}. The limit for this kind of file is {{limit}}.",
    "upload.typeNotAllowed":
      "This type of file is not accepted here (its content is {{detected}}). Accepted: {{allowed}}.",
    "upload.svgRefused":
      "SVG images are not accepted, because they can carry scripts. Upload a PNG, JPEG or WebP instead.",
    "upload.notVideo": "This file is not a video we can play. Upload an MP4 (H.264) or WebM video.",
    "upload.corrupt": "The file is damaged or not what it claims to be, and cannot be opened.",
    "upload.duplicate": "You already uploaded this file (as “{{name}}”).",
    "upload.quotaExceeded":
      "Not enough storage left: the file needs {{size}}, {{remaining}} of {{quota}} remain.",
    "upload.incomplete": "The upload did not finish. Choose the file again to continue.",
    "upload.gone": "The upload was not found or has expired. Choose the file again.",
    "model.notGltf":
      "This file is not a glTF binary model. Export your model from your 3D program as glTF binary (.glb).",
    "model.externalUri":
      "The model refers to files outside it ({{uri}}). Export it as one .glb with its textures embedded.",
    "model.tooManyTriangles":
      "The model has {{triangles}} triangles; the limit is {{limit}}. Simplify it (decimate) and upload it again.",
    "model.textureTooLarge":
      "A texture of the model is {{width}}×{{height}} px; the limit is {{limit}} px on a side.",
    "model.tooManyTextures": "The model has {{count}} textures; the limit is {{limit}}.",
    "model.noGeometry": "The model has no geometry to show (no meshes with triangles).",
    "model.unsupportedExtension":
      "The model needs the glTF extension {{extension}}, which we cannot read. Export it without it.",
    "model.tooMany": "A company can keep up to {{limit}} models. Remove one first.",
    "panorama.notEquirectangular":
      "A panorama must be twice as wide as it is tall (2:1, equirectangular); this photo is {{width}}×{{height}} px.",
    "panorama.tooSmall": "The panorama is {{width}} px wide; it needs at least {{min}} px to look sharp.",
    "panorama.tooMany": "A tour can have up to {{limit}} panoramas. Remove one first.",
    "tour.hotspotTarget": "A hotspot can only lead to another panorama or a material of this company.",
    "tour.tooManyHotspots": "A panorama can have up to {{limit}} hotspots.",
    "immersive.titleRequired": "Give a title in Russian or English.",
    "cabinet.ownerRequired": "Only an owner of the company account can do this.",
    "cabinet.lastOwner": "The company account needs at least one owner. Make someone else an owner first.",
    "cabinet.notSubmittable":
      "There is nothing to submit: the booth is already waiting for review or has no changes.",
    "cabinet.incomplete": "Fill in the company name in both languages before submitting.",
    "cabinet.alreadyMember": "{{email}} is already on the team.",
    "moderation.notSubmitted": "This booth is not waiting for review (it may have been decided already).",
    "invite.invalid": "This invitation link is not valid. Ask the company owner for a new one.",
    "invite.expired": "This invitation has expired. Ask the company owner for a new one.",
    "invite.alreadyMember": "You are already on this company's team.",
    "invite.wrongAccount": "This invitation was sent to {{email}}. Sign in with that address to accept it.",
    "material.fileRequired": "This kind of material needs an uploaded file.",
    "live.unavailable":
      "Webinars and live chat are unavailable right now (the live server is not running). The rest of the page works.",
    "live.registrationRequired": "Register for this event to watch it.",
    "live.approvalRequired":
      "This event is for approved participants: watching opens once your registration is approved.",
    "chat.banned": "A moderator has blocked you from writing in this chat.",
    "chat.muted": "A moderator has muted you in this chat for {{minutes}} min.",
    "qa.closed": "Questions are not taken at this event.",
    "qa.registrationRequired": "Register for this event to ask questions.",
    "qa.approvalRequired":
      "Questions are open to approved participants: you can ask once your registration is approved.",
    "live.ended": "This webinar has ended.",
    "live.notInRoom": "This person is not watching the webinar right now.",
    "live.egressUnavailable":
      "Recording from the console is not set up on this server. Upload the recording file after the event instead.",
    "live.recordingForbidden": "The recording of this event is not open to you.",
    "registration.full": "No seats are left for this event.",
    "registration.over": "Registration is closed: the event has already started or is over.",
    "registration.eventCancelled": "This event has been cancelled.",
    "registration.notPublished": "Registration opens when the organisers have approved this event.",
    "registration.duplicate":
      "{{email}} is already registered for this event (status: {{status}}). There is no need to register twice.",
    "registration.notPending": "This application has already been decided.",
    "registration.decisionLate":
      "A rejection must come within 2 days of the application (by {{deadline}}); this application can now only be accepted.",
    "registration.dayBefore":
      "Nobody may be rejected on the day before the event or later; this application can only be accepted.",
    "registration.heardFromUnknown": "Choose how you heard about the event from the list.",
    "registration.notCancellable": "This registration cannot be cancelled any more.",
    "registration.notAccepted": "Only accepted registrations can be marked present.",
    "calendar.eventCancelled": "This event has been cancelled, so there is no calendar entry for it.",
    "meetings.outsideExhibition":
      "Meetings can only be offered on the exhibition's days, {{first}} to {{last}}.",
    "meetings.badRange":
      "The end must come after the start, with room for at least one meeting of {{minutes}} min.",
    "meetings.hostNotMember": "The host must be on the company's team.",
    "meetings.slotTaken": "Someone has just booked this time. Please choose another one.",
    "meetings.slotBooked": "This time is booked: cancel the meeting first, then remove the time.",
    "meetings.slotPast": "This time has already begun; choose a later one.",
    "meetings.limitReached":
      "You already have a meeting booked with this company ({{when}}). Cancel it to book another time.",
    "meetings.ownTeam": "You are on this company's team, so you cannot book a meeting with it.",
    "meetings.notBooked": "This meeting is not booked any more.",
    "leads.assigneeNotMember": "A lead can be assigned only to someone on the company's team.",
    "crm.notConfigured": "Save the CRM webhook address first, then send a test.",
    "analytics.periodTooLong": "Choose a period of at most {{max}} days.",
    "analytics.periodReversed": "The period must end on or after the day it starts.",
    "privacy.passwordWrong": "That is not your password, so nothing was deleted.",
    "authoring.outsideExhibition":
      "The event must take place on the exhibition's days, {{first}} to {{last}} ({{zone}} time).",
    "authoring.inThePast": "The event cannot start in the past. Choose a later time.",
    "authoring.speakerUnknown":
      "A chosen speaker was not found among the speakers this event may have. Reload the list and choose again.",
    "authoring.speakerInUse":
      "This speaker is on an approved event or one waiting for approval ({{events}}), so they cannot be deleted. Take them off that event first (the change goes through approval).",
    "authoring.cancelled": "This event has been cancelled and can no longer be changed.",
    "authoring.notSubmittable":
      "There is nothing to submit: the event is already waiting for approval or has no changes.",
    "authoring.notSubmitted": "This event is not waiting for approval (it may have been decided already).",
    "authoring.noRevision": "There are no changes to discard.",
    "authoring.over": "This event is already over.",
    rateLimited: "Too many attempts. Please try again in {{minutes}} min.",
    internal: "Something went wrong on our side. Please try again.",
  },
  fields: {
    required: "{{field}}: this field is required.",
    tooShort: "{{field}}: at least {{min}} characters.",
    tooLong: "{{field}}: at most {{max}} characters.",
    invalidEmail: "{{field}}: enter an e-mail address like name@example.com.",
    invalidChoice: "{{field}}: choose one of the options.",
    invalid: "{{field}}: this value is not valid.",
    oneLanguageRequired: "{{field}}: fill it in in Russian or English (or both).",
    outOfRange: "{{field}}: from {{min}} to {{max}}.",
    endsBeforeStart: "{{field}}: must be later than the start.",
    eventTooLong: "{{field}}: an event lasts at most {{hours}} hours.",
    thesesCount: "{{field}}: a talk has {{min}} to {{max}} theses (now {{count}}).",
    thesesOnlyForTalks: "{{field}}: only talks have theses.",
    outsideEvent: "{{field}}: the item must lie between the event's start and end.",
    outOfOrder: "{{field}}: items go in order of time, and this one starts before item {{other}}.",
    overlaps: "{{field}}: overlaps item {{other}}, which has not ended by then.",
    tooManyItems: "{{field}}: at most {{max}}.",
    duplicate: "{{field}}: already listed.",
    notAmongSpeakers: "{{field}}: add this person to the event's speakers first.",
  },
  fieldNames: {
    name: "Name",
    email: "E-mail",
    password: "Password",
    token: "Link",
    locale: "Language",
    query: "Search",
    consent: "Consent to share your contacts",
    reason: "Reason",
    url: "Address",
    company: "Company",
    position: "Position",
    phone: "Phone",
    message: "Message",
    body: "Message",
    role: "Role",
    lastName: "Last name",
    firstName: "First name",
    heardFrom: "How did you hear about it",
    day: "Day",
    stream: "Stream",
    format: "Format",
    search: "Search",
    present: "Present",
    decision: "Decision",
    from: "From",
    to: "To",
    minutes: "Length",
    topic: "Topic",
    hostUserId: "Host",
    note: "Note",
    uploadId: "Photo",
    speakerId: "Speaker",
    eventId: "Event",
    /** The speaker questionnaire (authoring.saveSpeaker: "speaker.name.ru"). */
    speaker: {
      name: "Name",
      "name.ru": "Name (Russian)",
      "name.en": "Name (English)",
      "achievements.ru": "Achievements (Russian)",
      "achievements.en": "Achievements (English)",
      "bio.ru": "Detailed bio (Russian)",
      "bio.en": "Detailed bio (English)",
      "company.ru": "Company (Russian)",
      "company.en": "Company (English)",
      phone: "Mobile phone",
      email: "E-mail",
    },
    /** An event as its author writes it (authoring.saveEvent: "event.description.ru", "event.agenda.0.startsAt"). */
    event: {
      format: "Format",
      title: "Title",
      "title.ru": "Title (Russian)",
      "title.en": "Title (English)",
      description: "Description with key theses",
      "description.ru": "Description with key theses (Russian)",
      "description.en": "Description with key theses (English)",
      stream: "Stream",
      startsAt: "Start",
      endsAt: "End",
      capacity: "Seats",
      registrationMode: "Registration",
      "access.watch": "Who may watch",
      "access.questions": "Who may ask questions",
      "access.recording": "Who may see the recording",
      speakers: "Speakers and moderators",
      agenda: "Agenda",
      ...numbered("speakers", 20, (n) => ({ speakerId: `Speaker ${n}`, role: `Speaker ${n}, role` })),
      ...numbered("agenda", 30, (n) =>
        agendaItemNames(`Agenda item ${n}`, {
          ...{ kind: "kind", start: "start", duration: "duration", title: "title", theses: "theses" },
          ...{ thesis: "thesis", speaker: "speaker", ru: "Russian", en: "English" },
        }),
      ),
    },
    /** The registration form's fields, as they arrive nested in its input ("form.lastName"). */
    form: {
      lastName: "Last name",
      firstName: "First name",
      company: "Company",
      position: "Position",
      email: "E-mail",
      phone: "Phone",
      heardFrom: "How did you hear about it",
    },
    _: "Request",
  },
};

/** Names of list entries' fields ("agenda.0.startsAt"), numbered from 1 as people count. */
export function numbered(list: string, count: number, names: (n: number) => Record<string, string>) {
  const entries: Record<string, string> = {};
  for (let i = 0; i < count; i++)
    for (const [key, name] of Object.entries(names(i + 1))) entries[`${list}.${i}.${key}`] = name;
  return entries;
}

/** The words an agenda item's field names are made of, in one language. */
export interface AgendaItemWords {
  kind: string;
  start: string;
  duration: string;
  title: string;
  theses: string;
  thesis: string;
  speaker: string;
  ru: string;
  en: string;
}

/** The field names of one agenda item ("Agenda item 3: start"), its theses by number. */
export function agendaItemNames(item: string, w: AgendaItemWords): Record<string, string> {
  const names: Record<string, string> = {
    kind: `${item}: ${w.kind}`,
    startsAt: `${item}: ${w.start}`,
    durationMinutes: `${item}: ${w.duration}`,
    title: `${item}: ${w.title}`,
    "title.ru": `${item}: ${w.title} (${w.ru})`,
    "title.en": `${item}: ${w.title} (${w.en})`,
    "theses.ru": `${item}: ${w.theses} (${w.ru})`,
    "theses.en": `${item}: ${w.theses} (${w.en})`,
    speakerId: `${item}: ${w.speaker}`,
  };
  for (let k = 0; k < 5; k++) {
    names[`theses.ru.${k}`] = `${item}: ${w.thesis} ${k + 1} (${w.ru})`;
    names[`theses.en.${k}`] = `${item}: ${w.thesis} ${k + 1} (${w.en})`;
  }
  return names;
}
