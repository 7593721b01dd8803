import { createServer } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BoundedCache } from "../../src/api/bounded-cache.js";
import { FairQueue } from "../../src/api/fair-queue.js";
import { BodyStructureError, checkJsonStructure, checkYamlStructure } from "../../src/api/hardening/body-structure.js";
import { hostnameOf } from "../../src/api/hardening/request-guards.js";
import { reportWithin } from "../../src/api/report-thread.js";
import { cacheControlFor, IMMUTABLE, REVALIDATE } from "../../src/api/web-assets.js";
import { allowedHostsFor } from "../../src/cli/commands/serve.js";
import { neutraliseCell } from "../../src/domain/csv-cell.js";

describe("BoundedCache", () => {
  it("stays within its byte budget however many distinct entries arrive", () => {
    const cache = new BoundedCache<string>(1000, 10_000);
    for (let index = 0; index < 500; index++) cache.set(`key ${index}`, "x".repeat(900), 900);
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.size).toBe(11);
    expect(cache.get("key 499")).toBeDefined();
    expect(cache.get("key 0")).toBeUndefined();
  });

  it("keeps the recently used and refuses an entry over a tenth of the budget", () => {
    const cache = new BoundedCache<number>(2, 1_000);
    cache.set("a", 1, 10);
    cache.set("b", 2, 10);
    cache.get("a");
    cache.set("c", 3, 10);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([1, undefined, 3]);
    cache.set("huge", 4, 101);
    expect(cache.get("huge")).toBeUndefined();
    cache.set("a", 5, 20);
    expect(cache.bytes).toBe(30);
  });
});

describe("FairQueue", () => {
  it("takes turns between clients, one job at a time", async () => {
    const queue = new FairQueue({ waiting: 10, perClient: 5 });
    const order: string[] = [];
    let running = 0;
    const job = (name: string) => async () => {
      running++;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 2));
      order.push(name);
      running--;
    };
    await Promise.all([
      queue.run("greedy", job("g1")),
      queue.run("greedy", job("g2")),
      queue.run("greedy", job("g3")),
      queue.run("polite", job("p1")),
    ]);
    expect(order).toEqual(["g1", "g2", "p1", "g3"]);
  });

  it("refuses more than a client's share of the waiting line, and keeps going after a failed job", async () => {
    const queue = new FairQueue({ waiting: 3, perClient: 2 });
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run("a", () => gate);
    const failing = queue.run("a", () => Promise.reject(new Error("bad job")));
    const third = queue.run("a", async () => "done");
    expect(queue.accepts("a")).toBe(false);
    expect(queue.accepts("b")).toBe(true);
    release();
    await first;
    await expect(failing).rejects.toThrow("bad job");
    await expect(third).resolves.toBe("done");
    expect(queue.accepts("a")).toBe(true);
  });
});

describe("body structure checks", () => {
  const limits = { depth: 32, aliases: 32 };
  it("refuses deep JSON and YAML before parsing, and passes what a parser would read as shallow", () => {
    expect(() => checkJsonStructure("[".repeat(33), limits)).toThrow(BodyStructureError);
    expect(() => checkJsonStructure(`{"a": "${"[".repeat(100)}"}`, limits)).not.toThrow();
    expect(() => checkYamlStructure(`${"- ".repeat(40)}x`, limits)).toThrow(/nested more than 32/);
    expect(() => checkYamlStructure(`a:\n${"  ".repeat(40)}b: 1`, limits)).toThrow(BodyStructureError);
    expect(() => checkYamlStructure(`a: [${"*x, ".repeat(40)}]`, limits)).toThrow(/aliases/);
    expect(() => checkYamlStructure("name: China's plan\nruns: 10 # a *comment\n", limits)).not.toThrow();
  });

  it("never throws anything but its own error, on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const check of [checkJsonStructure, checkYamlStructure]) {
          try {
            check(text, limits);
          } catch (error) {
            expect(error).toBeInstanceOf(BodyStructureError);
          }
        }
      }),
    );
  });
});

describe("neutraliseCell (OWASP CSV injection)", () => {
  it("prefixes a quote to cells a spreadsheet would run, and leaves every other cell as it is", () => {
    expect(neutraliseCell("=261*4+31*8+351*4")).toBe("'=261*4+31*8+351*4");
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseCell(`${start}x`)).toBe(`'${start}x`);
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = neutraliseCell(text);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell === text || cell === `'${text}`).toBe(true);
      }),
    );
  });
});

describe("serving", () => {
  it("caches hashed assets for a year, index.html never", () => {
    expect(cacheControlFor("/srv/dist/assets/index-Bx3_k9Qa.js")).toBe(IMMUTABLE);
    expect(cacheControlFor("/srv/dist/assets/claims-_IhzVNxV.css")).toBe(IMMUTABLE);
    expect(cacheControlFor("/srv/dist/index.html")).toBe(REVALIDATE);
    expect(cacheControlFor("/srv/dist/favicon.svg")).toBe(REVALIDATE);
  });

  it("answers to loopback names on loopback, to any name on every interface unless names are given", () => {
    expect(hostnameOf("LocalHost:8080")).toBe("localhost");
    expect(hostnameOf("[::1]:80")).toBe("[::1]");
    expect(allowedHostsFor("127.0.0.1")).toContain("localhost");
    expect(allowedHostsFor("0.0.0.0")).toBe("any");
    expect(allowedHostsFor("0.0.0.0", ["wedloop.example.org"])).toContain("wedloop.example.org");
    expect(allowedHostsFor("10.1.2.3")).toContain("10.1.2.3");
  });
});

describe("a busy port", () => {
  it("is reported in one line with a non-zero exit", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { main } = await import("../../src/cli/main.js");
      const { Writable } = await import("node:stream");
      const { tempDir, SMALL_EPOCH_DIR } = await import("../support/paths.js");
      const output: string[] = [];
      const sink = new Writable({ write: (chunk, _encoding, done) => (output.push(String(chunk)), done()) });
      const home = tempDir("busy-port");
      const code = await main(
        ["serve", "--port", String(port), "--epoch-dir", SMALL_EPOCH_DIR, "--log-level", "silent"],
        { stdout: sink, stderr: sink, env: { WEDLOOP_HOME: home, WEDLOOP_OFFLINE: "1" } },
      );
      expect(code).toBe(1);
      const last = output.join("").trim().split("\n").at(-1)!;
      expect(last).toBe(`wedloop: port ${port} on 127.0.0.1 is already in use; choose another with --port`);
      expect(output.join("")).not.toMatch(/EADDRINUSE| {4}at /);
    } finally {
      blocker.close();
    }
  }, 60_000);
});

describe("a database that is down at start", () => {
  it("is reported in one line with a non-zero exit, without a stack trace", async () => {
    // A free port with nothing listening: PostgreSQL down.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const { main } = await import("../../src/cli/main.js");
    const { Writable } = await import("node:stream");
    const { tempDir, SMALL_EPOCH_DIR } = await import("../support/paths.js");
    const output: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (output.push(String(chunk)), done()) });
    const db = `postgres://wedloop:secret@127.0.0.1:${port}/wedloop`;
    const code = await main(
      ["serve", "--port", "0", "--db", db, "--epoch-dir", SMALL_EPOCH_DIR, "--log-level", "silent"],
      { stdout: sink, stderr: sink, env: { WEDLOOP_HOME: tempDir("db-down"), WEDLOOP_OFFLINE: "1" } },
    );
    expect(code).toBe(1);
    const text = output.join("").trim();
    expect(text.split("\n").at(-1)).toBe(
      `wedloop: cannot reach the database postgres://wedloop:***@127.0.0.1:${port}/wedloop (ECONNREFUSED); start it, or check --db, and try again`,
    );
    expect(text).not.toMatch(/ {4}at |secret/);
  }, 60_000);
});

describe("reports computed once per server", () => {
  it("hold a request at most the wait, then give null (503 with Retry-After), and the value once ready", async () => {
    let finish: (value: string) => void = () => {};
    const report = new Promise<string>((resolve) => (finish = resolve));
    const started = Date.now();
    expect(await reportWithin(report, 50)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1_000);
    finish("ready");
    expect(await reportWithin(report, 50)).toBe("ready");
  });
});
