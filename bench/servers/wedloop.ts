/** The real API on a built store, for the throughput benchmark: prints its URL when listening. "nocache" turns the response cache off. */
import { buildApp } from "../../src/api/app.js";
import { loadApiContext } from "../../src/api/context.js";
import { openStore } from "../../src/db/connect.js";

const db = openStore({ dialect: "sqlite", target: process.argv[2]! });
const app = await buildApp(await loadApiContext(db, "bench"), { cacheResponses: process.argv[3] !== "nocache" });
console.log(await app.listen({ port: 0, host: "127.0.0.1" }));
