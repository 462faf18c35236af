import { Group, Mesh, type Object3D } from "three";
import { describe, expect, it } from "vitest";
import { parseGltfModel } from "./gltfModel.ts";
import { createModelShelf, type ShelfBooth } from "./modelShelf.ts";

/** A real .glb holding one triangle, 1 m high. */
function triangleGlb(): ArrayBuffer {
  const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]);
  const json = JSON.stringify({
    asset: { version: "2.0" },
    buffers: [{ byteLength: positions.byteLength }],
    bufferViews: [{ buffer: 0, byteOffset: 0, byteLength: positions.byteLength }],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 3, type: "VEC3", min: [0, 0, 0], max: [1, 1, 0] },
    ],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
    nodes: [{ mesh: 0 }],
    scenes: [{ nodes: [0] }],
    scene: 0,
  });
  const jsonBytes = new TextEncoder().encode(json.padEnd(Math.ceil(json.length / 4) * 4, " "));
  const bin = new Uint8Array(positions.buffer);
  const total = 12 + 8 + jsonBytes.length + 8 + bin.length;
  const out = new DataView(new ArrayBuffer(total));
  out.setUint32(0, 0x46546c67, true);
  out.setUint32(4, 2, true);
  out.setUint32(8, total, true);
  out.setUint32(12, jsonBytes.length, true);
  out.setUint32(16, 0x4e4f534a, true);
  new Uint8Array(out.buffer, 20).set(jsonBytes);
  out.setUint32(20 + jsonBytes.length, bin.length, true);
  out.setUint32(24 + jsonBytes.length, 0x004e4942, true);
  new Uint8Array(out.buffer, 28 + jsonBytes.length).set(bin);
  return out.buffer;
}

const pose = { x: 0, y: 0.25, z: 0, yaw: 0, scale: 1 };
/** Model booths every 10 m along x; booth i shows `url-(i % files)`. */
function row(count: number, files = count): ShelfBooth[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `b${i}`,
    exhibitorId: `e${i}`,
    url: `/files/m${i % files}.glb`,
    spot: { x: i * 10, z: 0 },
    pose: { ...pose, x: i * 10 },
  }));
}

/** A loader that parses the real .glb and lets the test decide when each fetch answers. */
function controlledLoader() {
  const requests: { url: string; answer(): Promise<void>; fail(): void }[] = [];
  let disposedGeometries = 0;
  const load = (url: string) =>
    new Promise<Object3D>((resolve, reject) => {
      requests.push({
        url,
        answer: async () => {
          const model = await parseGltfModel(triangleGlb());
          model.traverse((node) => {
            if (node instanceof Mesh) node.geometry.addEventListener("dispose", () => disposedGeometries++);
          });
          resolve(model);
          await new Promise((r) => setTimeout(r, 0));
        },
        fail: () => reject(new Error("404")),
      });
    });
  return { load, requests, disposed: () => disposedGeometries };
}

const walk = (x: number) => ({ x, z: 3, mode: "walk" as const });
const options = { lod: { radius: 18, max: 3, hysteresis: 4 }, capacity: 4, farRadius: 200 };

describe("the models on the floor", () => {
  it("loads the nearest models one at a time and stands each on its booth", async () => {
    const parent = new Group();
    const loader = controlledLoader();
    let changes = 0;
    const shelf = createModelShelf({
      parent,
      booths: row(10),
      load: loader.load,
      onChange: () => changes++,
      options,
    });
    shelf.update(walk(0));
    expect(loader.requests.map((r) => r.url)).toEqual(["/files/m0.glb"]); // one at a time
    expect(shelf.loading()).toBe(2); // b0, b1 (b2 is 20.2 m away)
    expect(shelf.shown()).toEqual([]);
    await loader.requests[0]?.answer();
    expect(shelf.shown()).toEqual(["e0"]);
    expect(changes).toBe(1);
    expect(loader.requests.map((r) => r.url)).toEqual(["/files/m0.glb", "/files/m1.glb"]);
    await loader.requests[1]?.answer();
    expect(shelf.shown().sort()).toEqual(["e0", "e1"]);
    expect(shelf.loading()).toBe(0);
    const holder = parent.children.find((c) => c.userData.boothId === "b1");
    expect(holder?.position.x).toBe(10);
    expect(holder?.position.y).toBe(0.25);
  });

  it("draws nothing from the overview", async () => {
    const parent = new Group();
    const loader = controlledLoader();
    const shelf = createModelShelf({ parent, booths: row(3), load: loader.load, onChange() {}, options });
    shelf.update(walk(0));
    await loader.requests[0]?.answer();
    expect(shelf.shown()).toEqual(["e0"]);
    shelf.update({ ...walk(0), mode: "overview" });
    expect(shelf.shown()).toEqual([]);
    expect(parent.children).toHaveLength(0);
  });

  it("shares one parsed model between booths showing the same file", async () => {
    const parent = new Group();
    const loader = controlledLoader();
    const shelf = createModelShelf({ parent, booths: row(6, 1), load: loader.load, onChange() {}, options });
    shelf.update(walk(10));
    await loader.requests[0]?.answer();
    expect(loader.requests).toHaveLength(1);
    expect(shelf.shown().sort()).toEqual(["e0", "e1", "e2"]);
    const meshes = parent.children.map((h) => h.children[0]?.children[0] as Mesh);
    expect(meshes[0]?.geometry).toBe(meshes[1]?.geometry);
  });

  it("keeps a few models parsed so walking back is instant, and frees the rest", async () => {
    const parent = new Group();
    const loader = controlledLoader();
    const shelf = createModelShelf({
      parent,
      booths: row(30),
      load: loader.load,
      onChange() {},
      options: { lod: { radius: 5, max: 1, hysteresis: 1 }, capacity: 2, farRadius: 1000 },
    });
    for (const x of [0, 100, 200]) {
      shelf.update(walk(x));
      await loader.requests.at(-1)?.answer();
    }
    expect(loader.requests.map((r) => r.url)).toEqual(["/files/m0.glb", "/files/m10.glb", "/files/m20.glb"]);
    expect(loader.disposed()).toBe(1); // m0 went: only two are kept
    shelf.update(walk(100)); // m10 is still parsed: drawn at once
    expect(shelf.shown()).toEqual(["e10"]);
    expect(loader.requests).toHaveLength(3);
    shelf.dispose();
    expect(parent.children).toHaveLength(0);
    expect(loader.disposed()).toBe(3);
  });

  it("frees parsed models far away even when there is room", async () => {
    const parent = new Group();
    const loader = controlledLoader();
    const shelf = createModelShelf({
      parent,
      booths: row(30),
      load: loader.load,
      onChange() {},
      options: { lod: { radius: 5, max: 1, hysteresis: 1 }, capacity: 8, farRadius: 50 },
    });
    shelf.update(walk(0));
    await loader.requests[0]?.answer();
    shelf.update(walk(200));
    expect(loader.disposed()).toBe(1);
  });

  it("skips a model that fails to load and goes on with the next", async () => {
    const parent = new Group();
    const loader = controlledLoader();
    const shelf = createModelShelf({ parent, booths: row(3), load: loader.load, onChange() {}, options });
    shelf.update(walk(5));
    loader.requests[0]?.fail();
    await new Promise((r) => setTimeout(r, 0));
    expect(loader.requests).toHaveLength(2);
    await loader.requests[1]?.answer();
    await loader.requests[2]?.answer();
    expect(loader.requests).toHaveLength(3); // the broken one is not asked for again
    expect(shelf.shown()).toHaveLength(2);
    expect(shelf.loading()).toBe(0);
  });
});
