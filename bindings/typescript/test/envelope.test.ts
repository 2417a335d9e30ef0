// The client's rules without a server: the shared envelope table (spec/envelope-cases.json,
// which the Rust crate and the Python package check too), credentials on every call, and the
// page walker's end conditions, through the installed package with a canned `fetch`.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import {
  NcloudChatError,
  RepeatedPageError,
  createNcloudChatClient,
  listQuery,
  paginate,
  sentStatus,
  unwrap,
  type NcloudChatClient,
} from "ncloud-chat";

interface Case {
  http_status: number;
  body: string;
  verdict: "envelope" | "success" | "http-error" | "not-json";
  code?: number;
  message?: string | null;
}

/** A client whose every call is answered by the next canned response; requests are kept. */
function canned(responses: Response[], sent: Request[] = []): NcloudChatClient {
  return createNcloudChatClient({
    baseUrl: "http://canned.invalid",
    apiKey: "canned-key",
    projectId: "canned-project",
    fetch: async (request) => {
      sent.push(request);
      return responses.shift() ?? Response.error();
    },
  });
}

const listChannels = (client: NcloudChatClient) =>
  client.GET("/v1/api/channels", { params: { query: listQuery({ filter: {} }) } });

test("the tests use the installed package, not the repository's sources", () => {
  assert.match(import.meta.resolve("ncloud-chat"), /\/node_modules\/ncloud-chat\/dist\/index\.js$/);
});

test("every body of the shared table gets its verdict", async () => {
  const path = process.env["NCLOUD_CHAT_ENVELOPE_CASES"];
  assert.ok(path, "NCLOUD_CHAT_ENVELOPE_CASES names spec/envelope-cases.json");
  const { cases } = JSON.parse(readFileSync(path, "utf8")) as { cases: Case[] };
  assert.ok(cases.length >= 20, `${cases.length} cases`);
  for (const c of cases) {
    const shown = `HTTP ${c.http_status} ${JSON.stringify(c.body)}`;
    const response = new Response(c.body, {
      status: c.http_status,
      headers: { "content-type": "application/json" },
    });
    const result = await listChannels(canned([response]));
    if (c.verdict === "success") {
      assert.deepEqual(unwrap(result), JSON.parse(c.body), shown);
      continue;
    }
    assert.throws(
      () => unwrap(result),
      (error: unknown) => {
        assert.ok(error instanceof NcloudChatError, `${shown}: ${String(error)}`);
        assert.equal(error.httpStatus, c.http_status, shown);
        if (c.verdict === "envelope") {
          assert.deepEqual([error.code, error.detail], [c.code, c.message], shown);
        } else {
          assert.equal(error.code, undefined, shown);
          assert.equal(error.detail, c.body === "" ? null : c.body, shown);
        }
        return true;
      },
      shown,
    );
  }
});

test("an envelope sent with HTTP 200 is openapi-fetch's typed `error`", async () => {
  const body = '{"status":-3,"message":"apiKey is deleted"}';
  const result = await listChannels(canned([new Response(body, { status: 200 })]));
  assert.equal(result.data, undefined);
  assert.deepEqual(result.error, { status: -3, message: "apiKey is deleted" });
  assert.equal(sentStatus(result.response), 200);
});

test("both credentials go with every call", async () => {
  const sent: Request[] = [];
  const client = canned([new Response("[]"), new Response('{"count":0}')], sent);
  await listChannels(client);
  await client.GET("/v1/api/subscriptions", { params: { query: listQuery({ filter: {} }) } });
  assert.deepEqual(
    sent.map((r) => [r.headers.get("x-api-key"), r.headers.get("x-project-id")]),
    [
      ["canned-key", "canned-project"],
      ["canned-key", "canned-project"],
    ],
  );
});

test("the page walker stops on a short page and on a repeated page", async () => {
  const page = (ids: string[]) => new Response(JSON.stringify(ids.map((id) => ({ id }))));
  const offsets: (string | null)[] = [];
  const walk = (responses: Response[]) => {
    const client = canned(responses);
    return paginate(
      (option) => {
        offsets.push(JSON.stringify(option));
        return client.GET("/v1/api/channels", {
          params: { query: listQuery({ filter: {}, option }) },
        });
      },
      { perPage: 2 },
    );
  };
  const ids: string[] = [];
  for await (const channel of walk([page(["a", "b"]), page(["c", "d"]), page(["e"])])) {
    ids.push(channel.id);
  }
  assert.deepEqual(ids, ["a", "b", "c", "d", "e"]);
  assert.deepEqual(offsets, [
    '{"offset":0,"per_page":2}',
    '{"offset":2,"per_page":2}',
    '{"offset":4,"per_page":2}',
  ]);

  const repeated: string[] = [];
  await assert.rejects(
    async () => {
      for await (const channel of walk([page(["a", "b"]), page(["a", "b"]), page([])])) {
        repeated.push(channel.id);
      }
    },
    (error: unknown) => {
      assert.ok(error instanceof RepeatedPageError, String(error));
      assert.deepEqual([error.offset, error.next], [0, 2]);
      return true;
    },
  );
  assert.deepEqual(repeated, ["a", "b"], "the repeated page is not yielded again");

  await assert.rejects(async () => {
    for await (const channel of walk([page(["a", "b"]), new Response('{"status":-1}')])) {
      assert.match(channel.id, /^[ab]$/);
    }
  }, NcloudChatError);
  await assert.rejects(
    () => paginate(() => listChannels(canned([])), { perPage: 0 }).next(),
    RangeError,
  );
});
