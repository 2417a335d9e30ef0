// The typed helper a TypeScript team copies to call Ncloud Chat with openapi-fetch and the types
// openapi-typescript generates from spec/ncloud-chat.yaml. It does the two things every
// client must do by hand (spec/README.md, "Three things every client must do by hand"):
//
// 1. Both credentials on every call: `x-api-key` and `x-project-id` (openapi-typescript does
//    not model security schemes), added by a middleware so no call can forget them.
// 2. The vendor's error envelope `{"status": <code other than 1>, "message": ...}` is an error
//    whatever the HTTP status. openapi-fetch decides between `data` and `error` by the HTTP
//    status alone, so an envelope sent with HTTP 200 would come back as `data`; a middleware
//    re-labels it HTTP 400 (the status the service sent travels in ORIGINAL_STATUS_HEADER),
//    which puts it in `error`, typed by the spec's error schema. The Rust crate does the same.
//
// `unwrap` then turns openapi-fetch's `{ data, error }` into the data or a thrown
// NcloudChatError carrying the vendor code. Copy this file, change the import of the types to
// where your generated types live. Needs openapi-fetch (0.17) and a global `fetch` (Node 18+).

import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "ncloud-chat";

type Schemas = components["schemas"];

/** Where the service is and the project's credentials (dashboard: Settings > General). */
export interface Credentials {
  /** `https://dashboard-api.ncloudchat.naverncp.com`, or the emulator's address. */
  baseUrl: string;
  /** Secret: keep it on servers, never in a browser or app. */
  apiKey: string;
  projectId: string;
}

/** The vendor's error envelope, as found in a response body. */
export interface ErrorEnvelope {
  /** `-1`..`-6` are the documented credential failures; any code other than `1` is a failure. */
  status: number;
  message: string | null;
}

/** Response header holding the HTTP status the service sent, when the helper changed it. */
export const ORIGINAL_STATUS_HEADER = "x-ncloud-chat-http-status";

/** A call that failed: the vendor's envelope, or an HTTP error without one. */
export class NcloudChatError extends Error {
  constructor(
    /** The envelope's `status`; `undefined` when the body was not an envelope. */
    readonly code: number | undefined,
    /** The HTTP status the service sent (200 for an envelope sent as a success). */
    readonly httpStatus: number,
    /** The envelope's `message`, or the body's text when there was no envelope. */
    readonly detail: string | null,
  ) {
    super(
      code === undefined
        ? `HTTP ${httpStatus}: ${detail ?? "no body"}`
        : `Ncloud Chat error ${code} (HTTP ${httpStatus}): ${detail ?? "no message"}`,
    );
    this.name = "NcloudChatError";
  }
}

/**
 * The envelope in a parsed body, if it is one: a JSON object (not an array) whose top-level
 * `status` is an integer other than 1. A non-string `message` is rendered as JSON.
 */
export function errorEnvelope(body: unknown): ErrorEnvelope | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return undefined;
  }
  const { status, message } = body as Record<string, unknown>;
  if (typeof status !== "number" || !Number.isInteger(status) || status === 1) {
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

/** Adds both credential headers to every request. */
export function credentialHeaders(
  credentials: Pick<Credentials, "apiKey" | "projectId">,
): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("x-api-key", credentials.apiKey);
      request.headers.set("x-project-id", credentials.projectId);
      return request;
    },
  };
}

/** Re-labels a successful response whose body is an error envelope as HTTP 400. */
export const envelopeIsAnError: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) {
      return undefined; // openapi-fetch already reports it as `error`.
    }
    const text = await response.clone().text();
    if (!text.trimStart().startsWith("{")) {
      return undefined;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return undefined; // Not JSON: openapi-fetch's own parsing reports it.
    }
    if (errorEnvelope(body) === undefined) {
      return undefined;
    }
    const headers = new Headers(response.headers);
    headers.set(ORIGINAL_STATUS_HEADER, String(response.status));
    return new Response(text, { status: 400, statusText: "Bad Request", headers });
  },
};

/** The JSON shapes of a list call's `filter`, `sort` and `option`. */
export interface ListQuery {
  filter: Schemas["Filter"];
  sort?: Schemas["Sort"];
  option?: Schemas["ListOption"] | Schemas["MessageListOption"];
}

/**
 * The query parameters of a list call (`list_users`, `list_channels`, `list_messages`,
 * `list_subscriptions`): each part is a JSON object serialized to a string, which openapi-fetch
 * then URL-encodes, e.g. `?filter=%7B%7D&sort=%7B%22created_at%22%3A%22-1%22%7D`.
 */
export function listQuery(query: ListQuery): { filter: string; sort?: string; option?: string } {
  return {
    filter: JSON.stringify(query.filter),
    ...(query.sort === undefined ? {} : { sort: JSON.stringify(query.sort) }),
    ...(query.option === undefined ? {} : { option: JSON.stringify(query.option) }),
  };
}

/** An openapi-fetch client for the Ncloud Chat API with both middlewares. */
export function createNcloudChatClient(credentials: Credentials): Client<paths> {
  const client = createClient<paths>({ baseUrl: credentials.baseUrl });
  client.use(credentialHeaders(credentials), envelopeIsAnError);
  return client;
}

/** The HTTP status the service sent for `response`, before `envelopeIsAnError` changed it. */
export function sentStatus(response: Response): number {
  const original = Number(response.headers.get(ORIGINAL_STATUS_HEADER));
  return Number.isInteger(original) && original > 0 ? original : response.status;
}

/** The result of an openapi-fetch call: its data, or a thrown NcloudChatError. */
export function unwrap<Data>(result: { data?: Data; error?: unknown; response: Response }): Data {
  const { data, error, response } = result;
  if (response.ok && error === undefined) {
    return data as Data;
  }
  const envelope = errorEnvelope(error);
  if (envelope !== undefined) {
    throw new NcloudChatError(envelope.status, sentStatus(response), envelope.message);
  }
  const detail =
    error === undefined || error === ""
      ? null
      : typeof error === "string"
        ? error
        : JSON.stringify(error);
  throw new NcloudChatError(undefined, sentStatus(response), detail);
}
