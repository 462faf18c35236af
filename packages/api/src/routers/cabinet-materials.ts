/** The cabinet's materials procedures (part of the cabinet router). */
import {
  addLinkInput,
  addMaterialInput,
  cabinetMaterialSchema,
  exhibitorScope,
  materialScope,
  publishMaterialInput,
  reorderMaterialsInput,
  updateMaterialInput,
} from "@pavilion/schema";
import { z } from "zod";
import { addFileMaterial } from "../services/cabinet/attachments.ts";
import { cabinetMaterials } from "../services/cabinet/material-rows.ts";
import {
  addMaterial,
  removeMaterial,
  reorderMaterials,
  setMaterialPublished,
  updateMaterialTexts,
} from "../services/cabinet/materials.ts";
import { memberProcedure } from "../trpc.ts";

const materialList = z.array(cabinetMaterialSchema);

export const cabinetMaterialProcedures = {
  /** The exhibitor's materials in order, published or not, approved or waiting. */
  materials: memberProcedure
    .input(exhibitorScope)
    .output(materialList)
    .query(({ ctx, input }) => cabinetMaterials(ctx.services.db, input.exhibitorId)),

  /** Adds a finished upload as a material (after the others, waiting for approval); answers the list. */
  addMaterial: memberProcedure
    .input(addMaterialInput)
    .output(materialList)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, uploadId, title, description } = input;
      await addFileMaterial(
        ctx.services,
        { exhibitorId, uploadId, userId: ctx.user.id },
        { title, description },
      );
      return cabinetMaterials(ctx.services.db, exhibitorId);
    }),

  /** Adds a web link as a material (waiting for approval); answers the list. */
  addLink: memberProcedure
    .input(addLinkInput)
    .output(materialList)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, url, title, description } = input;
      const link = { kind: "link" as const, url };
      await addMaterial(ctx.services.db, exhibitorId, link, { title, description }, ctx.services.now());
      return cabinetMaterials(ctx.services.db, exhibitorId);
    }),

  /** Changes a material's texts (changed texts wait for approval again); answers the list. */
  updateMaterial: memberProcedure
    .input(updateMaterialInput)
    .output(materialList)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, materialId, title, description } = input;
      await updateMaterialTexts(
        ctx.services.db,
        exhibitorId,
        materialId,
        { title, description },
        ctx.services.now(),
      );
      return cabinetMaterials(ctx.services.db, exhibitorId);
    }),

  /** Shows or hides a material at once (no approval needed); answers the list. */
  publishMaterial: memberProcedure
    .input(publishMaterialInput)
    .output(materialList)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, materialId, published } = input;
      await setMaterialPublished(ctx.services.db, exhibitorId, materialId, published, ctx.services.now());
      return cabinetMaterials(ctx.services.db, exhibitorId);
    }),

  /** Orders the materials as given (each of them exactly once); answers the list. */
  reorderMaterials: memberProcedure
    .input(reorderMaterialsInput)
    .output(materialList)
    .mutation(async ({ ctx, input }) => {
      await reorderMaterials(ctx.services.db, input.exhibitorId, input.materialIds, ctx.services.now());
      return cabinetMaterials(ctx.services.db, input.exhibitorId);
    }),

  removeMaterial: memberProcedure
    .input(materialScope)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await removeMaterial(ctx.services.db, input.exhibitorId, input.materialId);
      return { ok: true as const };
    }),
};
