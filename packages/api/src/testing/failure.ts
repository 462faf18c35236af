import { TRPCError } from "@trpc/server";

/** Awaits a call that must fail and returns its tRPC error (anything else fails the test). */
export async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}
