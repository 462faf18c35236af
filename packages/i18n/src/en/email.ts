export const email = {
  signature: "Pavilion — {{exhibition}}",
  welcome: {
    subject: "Welcome to {{exhibition}}",
    body: "Hello, {{name}}!\n\nYour account at {{exhibition}} is ready. Walk the exhibition floors, enter booths and join webinars:\n{{url}}\n",
  },
  passwordReset: {
    subject: "Reset your password",
    body: "Hello, {{name}}!\n\nSomeone (we hope you) asked to reset the password of your account. Open this link within {{hours}} hours to choose a new one:\n{{url}}\n\nIf it was not you, ignore this letter: your password stays the same.\n",
  },
  roles: { owner: "an owner", staff: "a staff member" },
  staffInvite: {
    subject: "Join the team of {{company}} at {{exhibition}}",
    body: "Hello!\n\n{{inviter}} invites you to the team of {{company}} at {{exhibition}} as {{role}}. Open this link within {{days}} days to accept (sign in first, or create an account if you have none):\n{{url}}\n\nIf you did not expect this invitation, ignore this letter.\n",
  },
  exhibitorApproved: {
    subject: "{{company}}: the booth is approved",
    body: "Hello, {{name}}!\n\nThe organisers of {{exhibition}} approved the booth of {{company}}. Visitors now see this version:\n{{url}}\n\nChanges you make later wait for review again; until then visitors keep seeing the approved version.\n",
  },
  exhibitorRejected: {
    subject: "{{company}}: the booth needs changes",
    body: "Hello, {{name}}!\n\nThe organisers of {{exhibition}} did not approve the changes to the booth of {{company}}. Their reason:\n\n{{reason}}\n\nCorrect the booth and submit it again in your account:\n{{url}}\n",
  },
};
