// What a response is, by the same rule as the Rust crate's `classify.rs` (the shared table of
// cases is spec/envelope-cases.json, checked by a test in each language): the vendor's error
// envelope is a JSON object whose top-level `status` is an integer other than 1, and it is an
// error whatever the HTTP status it came with.

/** The vendor's error envelope, as found in a response body. */
export interface ErrorEnvelope {
  /** `-1`..`-6` are the documented credential failures; any code other than `1` is a failure. */
  status: number;
  /** The envelope's `message`; a non-string message is rendered as JSON. */
  message: string | null;
}

/** What a response turned out to be. */
export type Verdict =
  | { kind: "success" }
  | { kind: "envelope"; envelope: ErrorEnvelope }
  /** A non-2xx response without an envelope. */
  | { kind: "http-error" }
  /** A 2xx response whose body is not JSON. */
  | { kind: "not-json" };

/**
 * The envelope in a parsed body, if it is one: a JSON object (not an array) whose top-level
 * `status` is an integer other than 1 (`"-1"`, `true` and `-1.5` are not codes).
 */
export function errorEnvelope(body: unknown): ErrorEnvelope | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return undefined;
  }
  const { status, message } = body as Record<string, unknown>;
  if (typeof status !== "number" || !Number.isSafeInteger(status) || status === 1) {
    return undefined;
  }
  return {
    status,
    message:
      message === undefined || message === null
        ? null
        : typeof message === "string"
          ? message
          : JSON.stringify(message),
  };
}

/** Classifies a response from its HTTP status and body text. */
export function classify(httpStatus: number, text: string): Verdict {
  let body: unknown;
  let json = true;
  try {
    body = JSON.parse(text);
  } catch {
    json = false;
  }
  const envelope = json ? errorEnvelope(body) : undefined;
  if (envelope !== undefined) {
    return { kind: "envelope", envelope };
  }
  if (httpStatus < 200 || httpStatus > 299) {
    return { kind: "http-error" };
  }
  return json ? { kind: "success" } : { kind: "not-json" };
}
