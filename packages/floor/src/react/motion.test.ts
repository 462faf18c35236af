import { describe, expect, it } from "vitest";
import { flyAt, followPath, intentOf, turnTowards, WALK_SPEED, walkStep } from "./motion.ts";

describe("walking with keys", () => {
  it("reads held keys, opposite keys cancelling", () => {
    expect(intentOf(new Set(["KeyW", "ArrowLeft"]))).toEqual({ forward: 1, strafe: 0, turn: -1, run: false });
    expect(intentOf(new Set(["KeyW", "KeyS", "ShiftLeft"]))).toMatchObject({ forward: 0, run: true });
  });

  it("walks north at yaw 0 and east at a quarter turn", () => {
    const north = walkStep({ x: 0, z: 0 }, 0, intentOf(new Set(["KeyW"])), 1);
    expect(north.to.x).toBeCloseTo(0, 9);
    expect(north.to.z).toBeCloseTo(-WALK_SPEED, 9);
    const east = walkStep({ x: 0, z: 0 }, Math.PI / 2, intentOf(new Set(["KeyW"])), 1);
    expect(east.to.x).toBeCloseTo(WALK_SPEED, 9);
  });

  it("steps right with D, no faster diagonally", () => {
    const right = walkStep({ x: 0, z: 0 }, 0, intentOf(new Set(["KeyD"])), 1);
    expect(right.to.x).toBeCloseTo(WALK_SPEED, 9);
    const diagonal = walkStep({ x: 0, z: 0 }, 0, intentOf(new Set(["KeyW", "KeyD"])), 1);
    expect(Math.hypot(diagonal.to.x, diagonal.to.z)).toBeCloseTo(WALK_SPEED, 9);
  });

  it("turns the short way round", () => {
    expect(turnTowards(3, -3, 0.1)).toBeCloseTo(3.1, 9);
    expect(turnTowards(0, 0.05, 0.1)).toBe(0.05);
  });
});

describe("following a path", () => {
  const path = [
    { x: 0, z: 0 },
    { x: 10, z: 0 },
    { x: 10, z: 10 },
  ];

  it("moves the given distance along the corners", () => {
    const p = followPath(path, { x: 0, z: 0 }, 1, 15);
    expect(p.at).toEqual({ x: 10, z: 5 });
    expect(p.next).toBe(2);
    expect(p.done).toBe(false);
    expect(p.heading).toBeCloseTo(Math.PI, 9); // south
  });

  it("stops at the end", () => {
    const p = followPath(path, { x: 10, z: 5 }, 2, 100);
    expect(p).toMatchObject({ at: { x: 10, z: 10 }, done: true });
  });
});

describe("flying to a booth", () => {
  const fly = { from: { x: 0, z: 0, yaw: 3 }, to: { x: 60, z: 0, yaw: -3 }, elapsed: 0, duration: 2 };

  it("starts and lands on the ends, rising in between", () => {
    expect(flyAt(fly, 0)).toMatchObject({ x: 0, z: 0, lift: 0, done: false });
    const middle = flyAt(fly, 1);
    expect(middle.x).toBeCloseTo(30, 6);
    expect(middle.lift).toBeGreaterThan(10);
    expect(flyAt(fly, 2)).toMatchObject({ x: 60, done: true });
  });

  it("turns the short way", () => {
    expect(Math.abs(flyAt(fly, 1).yaw)).toBeGreaterThan(3);
  });
});
