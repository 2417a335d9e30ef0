// The installed package against the emulator, run by `cargo xtask bindings-check` once with
// errors sent as HTTP 4xx and once as HTTP 200 (`--errors-as-200`): it passes the emulator's
// address and credentials as NCLOUD_CHAT_BASE_URL, NCLOUD_CHAT_API_KEY and
// NCLOUD_CHAT_PROJECT_ID, and the transport as NCLOUD_CHAT_ERROR_TRANSPORT (`http-4xx` or
// `http-200`). Every operation group: token, users, friends, channels, messages, subscriptions.

import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";

import {
  NcloudChatError,
  createNcloudChatClient,
  listQuery,
  paginate,
  unwrap,
  type NcloudChatOptions,
} from "ncloud-chat";

function environment(name: string): string {
  const value = process.env[name];
  assert.ok(value, `${name} is not set: run \`cargo xtask bindings-check\``);
  return value;
}

const OPTIONS: NcloudChatOptions = {
  baseUrl: environment("NCLOUD_CHAT_BASE_URL"),
  apiKey: environment("NCLOUD_CHAT_API_KEY"),
  projectId: environment("NCLOUD_CHAT_PROJECT_ID"),
};
const ERRORS_AS_200 = environment("NCLOUD_CHAT_ERROR_TRANSPORT") === "http-200";
const chat = createNcloudChatClient(OPTIONS);
const run = () => randomUUID().slice(0, 8);

async function register(userId: string): Promise<void> {
  const { member } = unwrap(
    await chat.POST("/v1/api/members", { body: { userId, name: `name of ${userId}` } }),
  );
  assert.equal(member.id, userId);
}

test("users: an e-mail user id through every user call, push settings included", async () => {
  const userId = `ts-${run()}@example.com`;
  await register(userId);
  const path = { params: { path: { userId } } };
  assert.equal(unwrap(await chat.GET("/v1/api/members/{userId}", path)).id, userId);
  const updated = unwrap(
    await chat.PUT("/v1/api/members/{userId}", { ...path, body: { name: "renamed" } }),
  );
  assert.equal(updated.member.name, "renamed");
  const listed = unwrap(
    await chat.GET("/v1/api/members", {
      params: { query: listQuery({ filter: { id: userId } }) },
    }),
  );
  assert.ok(Array.isArray(listed), JSON.stringify(listed));
  assert.deepEqual(
    listed.map((m) => m.id),
    [userId],
  );
  const notification = "/v1/api/members/{userId}/notification" as const;
  unwrap(await chat.POST(notification, { ...path, body: { device: "sandbox", push: true } }));
  const settings = unwrap(await chat.GET(notification, path));
  assert.equal(settings.notifications?.device, "sandbox");
  unwrap(await chat.DELETE(notification, path));
  const removed = unwrap(await chat.DELETE("/v1/api/members/{userId}", path));
  assert.equal(removed.member.id, userId);
});

test("token: issued for a user", async () => {
  const userId = `ts-token-${run()}`;
  await register(userId);
  const issued = unwrap(
    await chat.POST("/v1/api/token", { params: { query: { id: userId, expireDay: 7 } } }),
  );
  assert.equal(issued.status, 1);
  assert.match(issued.token ?? "", /^[\w-]+\.[\w-]+\.[\w-]+$/);
});

test("friends: request, accept, reject, bulk", async () => {
  const [alice, bob, carol] = [`ts-a-${run()}`, `ts-b-${run()}`, `ts-c-${run()}`];
  for (const user of [alice, bob, carol]) {
    await register(user);
  }
  unwrap(
    await chat.POST("/v1/api/friendship/request", { body: { userId: alice, friendId: bob } }),
  );
  const accepted = unwrap(
    await chat.POST("/v1/api/friendship/accept", { body: { userId: bob, friendId: alice } }),
  );
  assert.match(accepted.friendship.id, /\S/);
  unwrap(
    await chat.POST("/v1/api/friendship/request", { body: { userId: carol, friendId: alice } }),
  );
  unwrap(
    await chat.POST("/v1/api/friendship/reject", { body: { userId: alice, friendId: carol } }),
  );
  const bulk = unwrap(
    await chat.POST("/v1/api/friendship/bulk", {
      body: [
        { userId: carol, friendId: bob },
        { userId: carol, friendId: alice },
      ],
    }),
  );
  assert.match(bulk.message, /\S/);
});

test("channels, messages, subscriptions: create, read, list, update, delete", async () => {
  const [alice, bob] = [`ts-a-${run()}`, `ts-b-${run()}`];
  await register(alice);
  await register(bob);
  const name = `typescript-${run()}`;
  const { channel } = unwrap(
    await chat.POST("/v1/api/channels", {
      body: { name, type: "PUBLIC", uniqueId: `ts-${run()}`, members: [alice, bob] },
    }),
  );
  const channelId = channel.id;
  const path = { params: { path: { channelId } } };
  assert.equal(unwrap(await chat.GET("/v1/api/channels/{channelId}", path)).id, channelId);
  const renamed = unwrap(
    await chat.PUT("/v1/api/channels/{channelId}", { ...path, body: { name: `${name}-2` } }),
  );
  assert.equal(renamed.channel.name, `${name}-2`);
  const counted = unwrap(
    await chat.GET("/v1/api/channels", {
      params: { query: listQuery({ filter: { name: `${name}-2` }, option: { count: true } }) },
    }),
  );
  assert.deepEqual(counted, { count: 1 });

  const ids: string[] = [];
  for (const content of ["first", "second"]) {
    const { message } = unwrap(
      await chat.POST("/v1/api/messages/{channelId}", { ...path, body: { content } }),
    );
    assert.equal(message.channel_id, channelId);
    ids.push(message.id);
  }
  const [first, second] = ids as [string, string];
  const newestFirst = unwrap(
    await chat.GET("/v1/api/messages/{channelId}", {
      params: {
        path: { channelId },
        query: listQuery({
          filter: {},
          sort: { created_at: "-1" },
          option: { offset: 0, per_page: 10 },
        }),
      },
    }),
  );
  assert.deepEqual(
    newestFirst.map((m) => [m.id, m.content]),
    [
      [second, "second"],
      [first, "first"],
    ],
  );
  const messagePath = { params: { path: { channelId, messageId: first } } };
  const read = unwrap(await chat.GET("/v1/api/messages/{channelId}/{messageId}", messagePath));
  assert.equal(read.content, "first");
  unwrap(await chat.DELETE("/v1/api/messages/{channelId}/{messageId}", messagePath));

  const subscriptions = unwrap(
    await chat.GET("/v1/api/subscriptions", {
      params: { query: listQuery({ filter: { channel_id: channelId, user_id: bob } }) },
    }),
  );
  assert.ok(Array.isArray(subscriptions), JSON.stringify(subscriptions));
  assert.deepEqual(
    subscriptions.map((s) => [s.user_id, s.channel_id]),
    [[bob, channelId]],
  );
  unwrap(await chat.DELETE("/v1/api/channels/{channelId}", path));
});

test("paging walks a 250-message channel to its end", async () => {
  const { channel } = unwrap(
    await chat.POST("/v1/api/channels", { body: { name: `paged-${run()}`, type: "PUBLIC" } }),
  );
  const channelId = channel.id;
  const sent: string[] = [];
  for (let i = 0; i < 250; i += 1) {
    const { message } = unwrap(
      await chat.POST("/v1/api/messages/{channelId}", {
        params: { path: { channelId } },
        body: { content: `message ${i}` },
      }),
    );
    sent.push(message.id);
  }
  const pages: string[] = [];
  const walked: string[] = [];
  for await (const message of paginate((option) => {
    pages.push(`${option.offset}+${option.per_page}`);
    return chat.GET("/v1/api/messages/{channelId}", {
      params: {
        path: { channelId },
        query: listQuery({ filter: {}, sort: { created_at: "1" }, option }),
      },
    });
  })) {
    walked.push(message.id);
  }
  assert.deepEqual(walked, sent);
  assert.deepEqual(pages, ["0+100", "100+100", "200+100"]);
});

test("a refused key is an NcloudChatError with the vendor code", async () => {
  const refused = createNcloudChatClient({ ...OPTIONS, apiKey: "not-the-key" });
  const result = await refused.GET("/v1/api/channels", {
    params: { query: listQuery({ filter: {} }) },
  });
  assert.equal(result.data, undefined, "an envelope must not end up as data");
  assert.equal(result.error?.status, -1);
  assert.throws(
    () => unwrap(result),
    (error: unknown) => {
      assert.ok(error instanceof NcloudChatError, String(error));
      assert.equal(error.code, -1);
      assert.equal(error.httpStatus, ERRORS_AS_200 ? 200 : 401);
      assert.ok(!error.message.includes("not-the-key"), "the key must not appear in the error");
      return true;
    },
  );
});

test("registering the same user twice is an NcloudChatError", async () => {
  const body = { userId: `ts-twice-${run()}`, name: "twice" };
  unwrap(await chat.POST("/v1/api/members", { body }));
  const again = await chat.POST("/v1/api/members", { body });
  assert.throws(
    () => unwrap(again),
    (error: unknown) => {
      assert.ok(error instanceof NcloudChatError, String(error));
      assert.ok(error.code !== undefined && error.code < 0, `vendor code ${error.code}`);
      assert.equal(error.httpStatus, ERRORS_AS_200 ? 200 : 409);
      assert.match(error.detail ?? "", /already exists/);
      return true;
    },
  );
});
