// The TypeScript client (openapi-fetch + the types openapi-typescript generates, through the
// helper in ncloud-chat-client.ts) works against the emulator.
//
// Run by `cargo xtask bindings-check`: it generates target/bindings/typescript/ncloud-chat.d.ts,
// compiles this folder with the pinned `tsc --project tests/typescript/tsconfig.json` into
// target/bindings/typescript/js, then runs this program with Node twice, against a fresh
// `ncloud-chat-fake` each time: once sending errors with HTTP 4xx, once with HTTP 200
// (`--errors-as-200`). It passes the emulator's address and credentials as
// NCLOUD_CHAT_BASE_URL, NCLOUD_CHAT_API_KEY, NCLOUD_CHAT_PROJECT_ID, and the transport as
// NCLOUD_CHAT_ERROR_TRANSPORT (`http-4xx` or `http-200`). By hand, with an emulator running:
//
//   NODE_PATH=tools/node_modules NCLOUD_CHAT_BASE_URL=... NCLOUD_CHAT_API_KEY=... \
//     NCLOUD_CHAT_PROJECT_ID=... NCLOUD_CHAT_ERROR_TRANSPORT=http-4xx \
//     node target/bindings/typescript/js/against-emulator.js
//
// Every `test` runs; the last line is "N passed, M failed" and the exit code is 1 on any failure.

import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";

import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "ncloud-chat";

import {
  NcloudChatError,
  ORIGINAL_STATUS_HEADER,
  createNcloudChatClient,
  envelopeIsAnError,
  errorEnvelope,
  listQuery,
  sentStatus,
  unwrap,
  type Credentials,
  type ListQuery,
} from "./ncloud-chat-client";

function environment(name: string): string {
  const value = process.env[name] ?? "";
  if (value === "") {
    console.error(`${name} is not set: run \`cargo xtask bindings-check\` (see this file's header)`);
    process.exit(2);
  }
  return value;
}

const CREDENTIALS: Credentials = {
  baseUrl: environment("NCLOUD_CHAT_BASE_URL"),
  apiKey: environment("NCLOUD_CHAT_API_KEY"),
  projectId: environment("NCLOUD_CHAT_PROJECT_ID"),
};
const TRANSPORT = environment("NCLOUD_CHAT_ERROR_TRANSPORT");
if (TRANSPORT !== "http-4xx" && TRANSPORT !== "http-200") {
  console.error(`NCLOUD_CHAT_ERROR_TRANSPORT must be http-4xx or http-200, not ${TRANSPORT}`);
  process.exit(2);
}
/** Whether the emulator sends its error envelopes with HTTP 200. */
const ERRORS_AS_200 = TRANSPORT === "http-200";

/** What went on the wire, as the server receives it. */
interface Sent {
  method: string;
  url: string;
  apiKey: string | null;
  projectId: string | null;
}

/** A middleware that records every request after the credentials were added. */
function recorder(sent: Sent[]): Middleware {
  return {
    onRequest({ request }) {
      sent.push({
        method: request.method,
        url: request.url,
        apiKey: request.headers.get("x-api-key"),
        projectId: request.headers.get("x-project-id"),
      });
      return undefined;
    },
  };
}

/** Calls `call`, which must fail with an NcloudChatError, and returns that error. */
async function expectError(call: () => Promise<unknown>): Promise<NcloudChatError> {
  try {
    await call();
  } catch (error) {
    assert.ok(error instanceof NcloudChatError, `expected an NcloudChatError, got ${String(error)}`);
    return error;
  }
  assert.fail("the call succeeded; expected an NcloudChatError");
}

const cases: [string, () => Promise<void>][] = [];
function test(name: string, body: () => Promise<void>): void {
  cases.push([name, body]);
}

test("users, a channel, messages listed back with filter/sort/option, a subscription", async () => {
  const api = createNcloudChatClient(CREDENTIALS);
  const sent: Sent[] = [];
  api.use(recorder(sent));
  const run = randomUUID().slice(0, 8);

  // Register two users.
  const userIds = [`ts-alice-${run}`, `ts-bob-${run}`] as const;
  for (const userId of userIds) {
    const { member } = unwrap(
      await api.POST("/v1/api/members", { body: { userId, name: `name of ${userId}` } }),
    );
    assert.equal(member.id, userId);
    assert.equal(member.name, `name of ${userId}`);
  }
  const [alice, bob] = userIds;

  // Create a public channel with both as members.
  const channelName = `typescript-${run}`;
  const { channel } = unwrap(
    await api.POST("/v1/api/channels", {
      body: { name: channelName, type: "PUBLIC", uniqueId: `ts-${run}`, members: [alice, bob] },
    }),
  );
  assert.match(channel.id, /\S/);
  assert.equal(channel.name, channelName);
  assert.deepEqual([...(channel.members ?? [])].sort(), [alice, bob]);
  const channelId = channel.id;

  // Send two messages.
  const contents = ["hello from typescript", "second message"] as const;
  const messageIds: string[] = [];
  for (const content of contents) {
    const { message } = unwrap(
      await api.POST("/v1/api/messages/{channelId}", {
        params: { path: { channelId } },
        body: { content },
      }),
    );
    assert.equal(message.content, content);
    assert.equal(message.channel_id, channelId);
    messageIds.push(message.id);
  }
  const [first, second] = messageIds;

  // The channel's messages as [id, content] pairs.
  const listed = async (query: ListQuery) => {
    const messages = unwrap(
      await api.GET("/v1/api/messages/{channelId}", {
        params: { path: { channelId }, query: listQuery(query) },
      }),
    );
    return messages.map((m) => [m.id, m.content]);
  };

  // Newest first, one page: the query on the wire is the spec's JSON-in-query-string form.
  const newestFirst = await listed({
    filter: {},
    sort: { created_at: "-1" },
    option: { offset: 0, per_page: 10 },
  });
  assert.equal(
    sent.at(-1)?.url,
    `${CREDENTIALS.baseUrl}/v1/api/messages/${channelId}` +
      "?filter=%7B%7D&sort=%7B%22created_at%22%3A%22-1%22%7D" +
      "&option=%7B%22offset%22%3A0%2C%22per_page%22%3A10%7D",
  );
  assert.deepEqual(newestFirst, [
    [second, contents[1]],
    [first, contents[0]],
  ]);

  // An exact-match filter on a field.
  assert.deepEqual(await listed({ filter: { content: contents[0] } }), [[first, contents[0]]]);

  // Paging by offset, oldest first: the second page of size 1 holds the second message.
  assert.deepEqual(
    await listed({ filter: {}, sort: { created_at: "1" }, option: { offset: 1, per_page: 1 } }),
    [[second, contents[1]]],
  );

  // A list answers with a page, or with `{count}` when `option.count` is true.
  const byName = { filter: { name: channelName } };
  const channels = unwrap(
    await api.GET("/v1/api/channels", { params: { query: listQuery(byName) } }),
  );
  assert.ok(Array.isArray(channels), `expected a page, got ${JSON.stringify(channels)}`);
  assert.deepEqual(
    channels.map((c) => c.id),
    [channelId],
  );
  const counted = unwrap(
    await api.GET("/v1/api/subscriptions", {
      params: { query: listQuery({ filter: { channel_id: channelId }, option: { count: true } }) },
    }),
  );
  assert.ok("count" in counted, `expected {count}, got ${JSON.stringify(counted)}`);
  assert.equal(counted.count, 2);

  // Bob's subscription to the channel; its read mark points at the newest message.
  const subscriptions = unwrap(
    await api.GET("/v1/api/subscriptions", {
      params: { query: listQuery({ filter: { channel_id: channelId, user_id: bob } }) },
    }),
  );
  assert.ok(Array.isArray(subscriptions), `expected a page, got ${JSON.stringify(subscriptions)}`);
  assert.equal(subscriptions.length, 1, JSON.stringify(subscriptions));
  const [subscription] = subscriptions;
  assert.equal(subscription?.user_id, bob);
  assert.equal(subscription?.channel_id, channelId);
  assert.equal(subscription?.mark?.message_id, second);

  // Both credentials went with every call.
  assert.equal(sent.length, 11);
  for (const request of sent) {
    assert.deepEqual(
      [request.apiKey, request.projectId],
      [CREDENTIALS.apiKey, CREDENTIALS.projectId],
      `${request.method} ${request.url}`,
    );
  }
});

test("a refused key is an NcloudChatError in both error transports", async () => {
  const refused = createNcloudChatClient({ ...CREDENTIALS, apiKey: "not-the-key" });
  const call = () =>
    refused.GET("/v1/api/channels", { params: { query: listQuery({ filter: {} }) } });

  // What the emulator sends: the envelope, with HTTP 401 or HTTP 200.
  const raw = await fetch(`${CREDENTIALS.baseUrl}/v1/api/channels?filter=%7B%7D`, {
    headers: { "x-api-key": "not-the-key", "x-project-id": CREDENTIALS.projectId },
  });
  assert.equal(raw.status, ERRORS_AS_200 ? 200 : 401);
  assert.equal(errorEnvelope(await raw.json())?.status, -1);

  // openapi-fetch's `error`, whatever the HTTP status.
  const result = await call();
  assert.equal(result.data, undefined, "an error envelope must not end up as data");
  assert.equal(result.error?.status, -1);
  assert.match(String(result.error?.message), /\S/);
  assert.equal(sentStatus(result.response), ERRORS_AS_200 ? 200 : 401);
  assert.equal(result.response.headers.get(ORIGINAL_STATUS_HEADER), ERRORS_AS_200 ? "200" : null);

  // `unwrap` throws it with the vendor's code.
  const error = await expectError(async () => unwrap(await call()));
  assert.equal(error.code, -1);
  assert.equal(error.httpStatus, ERRORS_AS_200 ? 200 : 401);
  assert.ok(!error.message.includes("not-the-key"), "the key must not appear in the error");
});

test("registering the same user twice is an NcloudChatError", async () => {
  const api = createNcloudChatClient(CREDENTIALS);
  const body = { userId: `ts-twice-${randomUUID().slice(0, 8)}`, name: "twice" };
  unwrap(await api.POST("/v1/api/members", { body }));
  const error = await expectError(async () => unwrap(await api.POST("/v1/api/members", { body })));
  assert.ok(error.code !== undefined && error.code < 0, `vendor code ${error.code}`);
  assert.equal(error.httpStatus, ERRORS_AS_200 ? 200 : 409);
  assert.match(error.detail ?? "", /already exists/);
});

test("what counts as the error envelope", async () => {
  const cases: [unknown, ReturnType<typeof errorEnvelope>][] = [
    [{ status: -1, message: "apiKey is empty" }, { status: -1, message: "apiKey is empty" }],
    [{ status: -100 }, { status: -100, message: null }],
    [{ status: 0, message: null }, { status: 0, message: null }],
    [{ status: -2, message: { detail: "x" } }, { status: -2, message: '{"detail":"x"}' }],
    [{ status: 1, token: "t" }, undefined], // issue_token's success
    [{ status: "-1" }, undefined],
    [{ status: -1.5 }, undefined],
    [{ status: true }, undefined],
    [{ count: 3 }, undefined],
    [[{ status: -1 }], undefined],
    [null, undefined],
    ["<html>", undefined],
  ];
  for (const [body, expected] of cases) {
    assert.deepEqual(errorEnvelope(body), expected, JSON.stringify(body));
  }
});

test("the helper's middleware on canned responses", async () => {
  // openapi-fetch with a fake `fetch` answering each call with the next canned response.
  const canned: Response[] = [];
  const client = createClient<paths>({
    baseUrl: "http://canned.invalid",
    fetch: async () => canned.shift() ?? Response.error(),
  });
  client.use(envelopeIsAnError);
  const call = (status: number, body: string, type = "application/json") => {
    canned.push(new Response(body, { status, headers: { "content-type": type } }));
    return client.GET("/v1/api/channels", { params: { query: listQuery({ filter: {} }) } });
  };

  // An envelope with HTTP 200 or 201 becomes `error`; the status sent is kept.
  for (const status of [200, 201]) {
    const result = await call(status, '{"status":-3,"message":"apiKey is deleted"}');
    assert.equal(result.data, undefined);
    assert.deepEqual(result.error, { status: -3, message: "apiKey is deleted" });
    assert.equal(sentStatus(result.response), status);
  }
  // Success bodies stay `data`, including objects with `status: 1` and leading whitespace.
  assert.deepEqual(unwrap(await call(200, '  [{"id":"c1"}]')), [{ id: "c1" }]);
  assert.deepEqual(unwrap(await call(200, '{"count":2}')), { count: 2 });
  assert.deepEqual(unwrap(await call(200, '{"status":1,"count":0}')), { status: 1, count: 0 });
  // An HTTP error without an envelope: no vendor code, the status and the body's text.
  const page = "<html>bad gateway</html>";
  const gateway = await expectError(async () => unwrap(await call(502, page, "text/html")));
  assert.deepEqual([gateway.code, gateway.httpStatus, gateway.detail], [undefined, 502, page]);
  // An envelope with HTTP 4xx is left as openapi-fetch reports it.
  const disabled = '{"status":-4,"message":"disabled"}';
  const forbidden = await expectError(async () => unwrap(await call(403, disabled)));
  assert.deepEqual([forbidden.code, forbidden.httpStatus, forbidden.detail], [-4, 403, "disabled"]);
  // A 200 body that is not JSON makes the call reject.
  await assert.rejects(call(200, "{not json"), SyntaxError);
});

async function main(): Promise<number> {
  let failed = 0;
  for (const [name, body] of cases) {
    try {
      await body();
      console.log(`${name} ... ok`);
    } catch (error) {
      failed += 1;
      console.log(`${name} ... FAILED`);
      console.log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
  }
  console.log(`${cases.length - failed} passed, ${failed} failed (errors as ${TRANSPORT})`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
