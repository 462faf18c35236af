import { BoxGeometry, Group, Mesh, MeshBasicMaterial, MeshStandardMaterial } from "three";
import { describe, expect, it } from "vitest";
import { dullMetalsForFloor } from "./gltfModel.ts";

describe("dullMetalsForFloor", () => {
  it("gives polished steel a satin finish and leaves matt paint and unlit materials alone", () => {
    const steel = new MeshStandardMaterial({ metalness: 1, roughness: 0.1 });
    const paint = new MeshStandardMaterial({ metalness: 0, roughness: 0.8 });
    const unlit = new MeshBasicMaterial();
    const group = new Group();
    group.add(new Mesh(new BoxGeometry(), steel), new Mesh(new BoxGeometry(), [paint, unlit]));

    dullMetalsForFloor(group);

    expect(steel.metalness).toBe(0.35);
    expect(steel.roughness).toBe(0.45);
    expect(paint.metalness).toBe(0);
    expect(paint.roughness).toBe(0.8);
  });
});
