import {
  deleteMyDataInput,
  exhibitorScope,
  myActivityInput,
  myActivityPageSchema,
  myConsentSchema,
} from "@pavilion/schema";
import { z } from "zod";
import { router, signedInProcedure } from "../trpc.ts";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

/** A visitor's own data (issue 7): what they did, whom they gave contacts to, and deleting it. */
export const privacyRouter = router({
  myActivity: signedInProcedure.input(myActivityInput).output(myActivityPageSchema).query(notYet),
  myConsents: signedInProcedure.output(z.array(myConsentSchema)).query(notYet),
  withdrawConsent: signedInProcedure.input(exhibitorScope).output(z.void()).mutation(notYet),
  deleteMyData: signedInProcedure.input(deleteMyDataInput).output(z.void()).mutation(notYet),
});
