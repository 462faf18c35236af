import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { cachingStatements } from "./statement-cache.ts";

describe("cached prepared statements", () => {
  const raw = new Database(":memory:");
  afterEach(() => {
    raw.exec("drop table if exists t");
  });

  it("prepares the same SQL once and still returns each call's own rows", () => {
    const db = cachingStatements(raw);
    raw.exec("create table t (id integer primary key, name text)");
    const insert = db.prepare("insert into t (name) values (?)");
    insert.run(["a"]);
    expect(db.prepare("insert into t (name) values (?)")).toBe(insert);
    db.prepare("insert into t (name) values (?)").run(["b"]);
    const select = "select name from t where id = ?";
    expect(db.prepare(select).all([1])).toEqual([{ name: "a" }]);
    expect(db.prepare(select).all([2])).toEqual([{ name: "b" }]);
  });

  it("sees columns added after a statement was cached", () => {
    const db = cachingStatements(raw);
    raw.exec("create table t (id integer primary key)");
    raw.exec("insert into t (id) values (1)");
    expect(db.prepare("select * from t").all([])).toEqual([{ id: 1 }]);
    raw.exec("alter table t add column name text default 'x'");
    expect(db.prepare("select * from t").all([])).toEqual([{ id: 1, name: "x" }]);
  });

  it("keeps the most recently used statements and drops the oldest beyond its capacity", () => {
    const db = cachingStatements(raw, 2);
    const first = db.prepare("select 1");
    db.prepare("select 2");
    db.prepare("select 1"); // used again: now the newest
    db.prepare("select 3"); // pushes out "select 2"
    expect(db.prepare("select 1")).toBe(first);
    expect(db.prepare("select 2").all([])).toEqual([{ 2: 2 }]);
  });

  it("gives a fresh statement while the cached one is still iterating", () => {
    const db = cachingStatements(raw);
    raw.exec("create table t (id integer primary key)");
    raw.exec("insert into t (id) values (1), (2)");
    const sql = "select id from t order by id";
    const iterating = db.prepare(sql).iterate([]);
    iterating.next();
    expect(db.prepare(sql).all([])).toEqual([{ id: 1 }, { id: 2 }]);
    iterating.return?.();
  });
});
