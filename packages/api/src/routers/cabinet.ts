import { router } from "../trpc.ts";

export const cabinetRouter = router({});
