/**
 * How much one client may ask of the server. Profiles, scenarios and chip questions are a few hundred bytes;
 * the limits leave room for comments and long descriptions, and keep the worst parse in milliseconds.
 */
export interface ServerLimits {
  /** Bytes of a POST body on routes that do not name their own limit. */
  readonly bodyBytes: number;
  /** Bytes of a scenario (YAML or JSON) for the simulator. */
  readonly scenarioBytes: number;
  /** Bytes of all request headers together (Node's maxHeaderSize). */
  readonly headerBytes: number;
  /** Nesting depth of a JSON or YAML body (objects, lists, indentation levels). */
  readonly bodyDepth: number;
  /** YAML aliases (`*name`) in a body: more are refused before parsing (alias bombs). */
  readonly yamlAliases: number;
  /** Milliseconds to receive a whole request (headers and body); a slower client is cut off with 408. */
  readonly requestTimeoutMs: number;
  /** Milliseconds to receive the headers. */
  readonly headersTimeoutMs: number;
  /** Milliseconds a socket may sit idle. */
  readonly idleTimeoutMs: number;
  /** Open connections at once; the next ones are closed at once, so descriptors never run out. */
  readonly connections: number;
  /** Open connections from one address at once (a share of `connections`, so one client cannot take them all). */
  readonly connectionsPerClient: number;
  /** Milliseconds a kept-alive connection may wait for its next request. */
  readonly keepAliveTimeoutMs: number;
  /** Expensive requests (simulations, checks, assessments, CSV exports) per client per minute. */
  readonly expensivePerMinute: number;
  /** Simulations per client per minute. */
  readonly simulationsPerMinute: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  bodyBytes: 16 * 1024,
  scenarioBytes: 64 * 1024,
  headerBytes: 16 * 1024,
  bodyDepth: 32,
  yamlAliases: 32,
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  connections: 512,
  connectionsPerClient: 128,
  keepAliveTimeoutMs: 5_000,
  expensivePerMinute: 600,
  simulationsPerMinute: 30,
};
