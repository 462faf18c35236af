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
};
