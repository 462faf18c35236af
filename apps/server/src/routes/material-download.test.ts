/** Downloading booth materials over real HTTP on a real SQLite file: who may, what is sent, what is counted. */
import { storeFile } from "@pavilion/api";
import { sampleFiles } from "@pavilion/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCompany, startTestServer, type TestServer } from "../test-server.ts";

let server: TestServer;
let staff: { userId: string; cookie: string };
let visitor: { userId: string; cookie: string };
let organiser: { userId: string; cookie: string };
let company: { exhibitionId: string; exhibitorId: string };
const pdf = sampleFiles.pdf();

beforeAll(async () => {
  server = await startTestServer();
  staff = await server.signUp("Staff");
  visitor = await server.signUp("Visitor");
  organiser = await server.signUp("Organiser");
  await server.services.db
    .updateTable("users")
    .set({ role: "organiser" })
    .where("id", "=", organiser.userId)
    .execute();
  company = await insertCompany(server.services, { staff: [staff.userId] });
});

afterAll(() => server.close());

async function material(options: { published?: boolean; approved?: boolean; exhibitorId?: string } = {}) {
  const { db, storage } = server.services;
  const file = await storeFile(db, storage, pdf, "application/pdf", new Date());
  const id = crypto.randomUUID();
  await db
    .insertInto("materials")
    .values({
      ...{
        id,
        exhibitor_id: options.exhibitorId ?? company.exhibitorId,
        kind: "pdf",
        file_id: file.id,
        url: null,
      },
      ...{
        file_name: "Прайс-лист 2026 (new).pdf",
        title_ru: "Прайс",
        title_en: "Prices",
        description_ru: "",
      },
      ...{ description_en: "", position: 0, published: options.published === false ? 0 : 1 },
      ...{
        approved: options.approved === false ? 0 : 1,
        created_at: new Date().toISOString(),
        updated_at: null,
      },
    })
    .execute();
  return id;
}

const download = (id: string, cookie?: string) =>
  fetch(`${server.base}/materials/${id}/download`, { headers: cookie ? { cookie } : {} });

const downloadsOf = (materialId: string) =>
  server.services.db.selectFrom("activity").selectAll().where("material_id", "=", materialId).execute();

describe("material downloads at /materials/:id/download", () => {
  it("sends a visible material as an attachment with its name in UTF-8 and an ASCII fallback", async () => {
    const id = await material();
    const response = await download(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="_____-____ 2026 (new).pdf"; ` +
        `filename*=UTF-8''%D0%9F%D1%80%D0%B0%D0%B9%D1%81-%D0%BB%D0%B8%D1%81%D1%82%202026%20%28new%29.pdf`,
    );
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);
    expect(await downloadsOf(id)).toEqual([]); // nobody to count
  });

  it("records a signed-in visitor's download as activity for the exhibitor's leads", async () => {
    const id = await material();
    expect((await download(id, visitor.cookie)).status).toBe(200);
    const rows = await downloadsOf(id);
    expect(rows).toMatchObject([
      {
        ...{ kind: "material.download", user_id: visitor.userId, exhibition_id: company.exhibitionId },
        ...{ exhibitor_id: company.exhibitorId, material_id: id, event_id: null },
      },
    ]);
    expect(JSON.parse(rows[0]?.data ?? "null")).toEqual({ fileName: "Прайс-лист 2026 (new).pdf" });
  });

  it("hides a draft material from strangers (404) but gives it to the exhibitor's staff and organisers, uncounted", async () => {
    const draft = await material({ published: false });
    const unapproved = await material({ approved: false });
    for (const id of [draft, unapproved]) {
      expect((await download(id)).status).toBe(404);
      expect((await download(id, visitor.cookie)).status).toBe(404);
      expect((await download(id, staff.cookie)).status).toBe(200);
      expect((await download(id, organiser.cookie)).status).toBe(200);
      expect(await downloadsOf(id)).toEqual([]);
    }
  });

  it("hides the materials of an exhibitor that is not approved, and answers unknown ids the same way", async () => {
    const pending = await insertCompany(server.services, { status: "draft" });
    const id = await material({ exhibitorId: pending.exhibitorId });
    expect((await download(id, visitor.cookie)).status).toBe(404);
    expect((await download(crypto.randomUUID(), visitor.cookie)).status).toBe(404);
    expect((await download("../../etc/passwd", visitor.cookie)).status).toBe(404);
  });
});
