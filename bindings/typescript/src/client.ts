// The client: openapi-fetch over the generated `paths`, with the two things every caller of
// this API must otherwise do by hand, done once in middleware:
//
// 1. Both credentials on every call: `x-api-key` and `x-project-id` (openapi-typescript does
//    not model security schemes).
// 2. The envelope rule on every response. openapi-fetch decides between `data` and `error` by
//    the HTTP status alone, so an envelope sent with HTTP 200 would come back as `data`, and a
//    200 body that is not JSON would reject with a SyntaxError. The middleware re-labels both
//    HTTP 400 (the status the service sent travels in ORIGINAL_STATUS_HEADER), which puts them
//    in `error`; an envelope is then typed by the spec's error schema.

import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";

import { classify, errorEnvelope } from "./envelope.js";
import type { paths } from "./schema.js";

/** Where the service is and the project's credentials (dashboard: Settings > General). */
export interface NcloudChatOptions {
  /** `https://dashboard-api.ncloudchat.naverncp.com`, or the emulator's address. */
  baseUrl: string;
  /** Secret: keep it on servers, never in a browser or app. */
  apiKey: string;
  projectId: string;
  /** A `fetch` to use instead of the global one (tests, proxies). */
  fetch?: ClientOptions["fetch"];
}

/** The client `createNcloudChatClient` returns: openapi-fetch's, typed by the spec. */
export type NcloudChatClient = Client<paths>;

/** Response header holding the HTTP status the service sent, when the client changed it. */
export const ORIGINAL_STATUS_HEADER = "x-ncloud-chat-http-status";

/** A call that failed: the vendor's envelope, or an HTTP error or a body without one. */
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

function credentialHeaders(apiKey: string, projectId: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("x-api-key", apiKey);
      request.headers.set("x-project-id", projectId);
      return request;
    },
  };
}

const envelopeIsAnError: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) {
      return undefined; // openapi-fetch already reports it as `error`.
    }
    const text = await response.clone().text();
    const verdict = classify(response.status, text);
    if (verdict.kind === "success") {
      return undefined;
    }
    const headers = new Headers(response.headers);
    headers.set(ORIGINAL_STATUS_HEADER, String(response.status));
    return new Response(text, { status: 400, statusText: "Bad Request", headers });
  },
};

/** An openapi-fetch client for the Ncloud Chat API: credentials and the envelope rule. */
export function createNcloudChatClient(options: NcloudChatOptions): NcloudChatClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  client.use(credentialHeaders(options.apiKey, options.projectId), envelopeIsAnError);
  return client;
}

/** The HTTP status the service sent for `response`, before the client changed it. */
export function sentStatus(response: Response): number {
  const original = Number(response.headers.get(ORIGINAL_STATUS_HEADER));
  return Number.isInteger(original) && original > 0 ? original : response.status;
}

/** The result of a call: its data, or a thrown NcloudChatError. */
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
