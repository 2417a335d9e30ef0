// What a TypeScript team writes with the generated types the installed package exports.
// `cargo xtask bindings-check` type-checks this file in the scratch project; nothing here runs.
// Each `@ts-expect-error` marks a misuse the generated types must reject: if one is accepted,
// tsc reports the directive as unused and the check fails.

import type { components, operations, paths } from "ncloud-chat";

type Schemas = components["schemas"];

// Create a channel: POST /v1/api/channels.
type CreateChannel = paths["/v1/api/channels"]["post"];
type CreateChannelBody = CreateChannel["requestBody"]["content"]["application/json"];
type CreateChannelOk = CreateChannel["responses"][200]["content"]["application/json"];
type ApiError = CreateChannel["responses"]["4XX"]["content"]["application/json"];

export const createBody: CreateChannelBody = {
  name: "general",
  type: "PUBLIC",
  members: ["alice", "bob"],
  limit: 0,
};
// @ts-expect-error `type` is required.
export const withoutType: CreateChannelBody = { name: "general" };
// @ts-expect-error `type` is "PUBLIC" or "PRIVATE".
export const unknownType: CreateChannelBody = { name: "general", type: "SECRET" };

export function createdChannelId(response: CreateChannelOk): string {
  return response.channel.id;
}

// Errors share one schema: the vendor's code in `status`, maybe a message.
export function describeError(error: ApiError): string {
  return `${error.status}: ${error.message ?? "no message"}`;
}

// List channels: `filter`, `sort` and `option` are JSON objects serialized into query strings;
// their shapes are the component schemas Filter, Sort and ListOption.
type ListChannels = operations["list_channels"];
const filter: Schemas["Filter"] = { name: "general" };
const sort: Schemas["Sort"] = { created_at: "-1" };
const option: Schemas["ListOption"] = { offset: 0, per_page: 20 };
export const listQuery: ListChannels["parameters"]["query"] = {
  filter: JSON.stringify(filter),
  sort: JSON.stringify(sort),
  option: JSON.stringify(option),
};
// @ts-expect-error `filter` is required.
export const withoutFilter: ListChannels["parameters"]["query"] = {};
// A direction is "1" / "-1" or, as the vendor's SDK sends it, the number 1 / -1.
export const numericSort: Schemas["Sort"] = { created_at: -1 };
// @ts-expect-error No other number is a direction.
export const badSort: Schemas["Sort"] = { created_at: 2 };

// A list answers with a page, or with `{count}` when `option.count` is true: the union makes the
// caller tell them apart.
type ChannelList = ListChannels["responses"][200]["content"]["application/json"];
export function channelNames(list: ChannelList): string[] {
  if ("count" in list) {
    return [];
  }
  return list.map((channel) => channel.name ?? channel.id);
}
export function channelCount(list: ChannelList): number {
  // @ts-expect-error Without narrowing, `count` may be missing (the answer may be a page).
  return list.count;
}

// Send a message, then list the channel's messages.
type SendMessage = paths["/v1/api/messages/{channelId}"]["post"];
export const sendPath: SendMessage["parameters"]["path"] = { channelId: "469645e9" };
type SendMessageBody = SendMessage["requestBody"]["content"]["application/json"];
export const sendBody: SendMessageBody = { content: "hello" };
// @ts-expect-error The message text is `content`.
export const misnamedBody: SendMessageBody = { text: "hello" };
export function sentText(
  response: SendMessage["responses"][200]["content"]["application/json"],
): string | null | undefined {
  return response.message.content;
}

type ListMessages = paths["/v1/api/messages/{channelId}"]["get"];
const messageOption: Schemas["MessageListOption"] = { offset: 0, per_page: 50 };
export const messagesQuery: ListMessages["parameters"]["query"] = {
  filter: JSON.stringify({ channel_id: "469645e9" } satisfies Schemas["Filter"]),
  option: JSON.stringify(messageOption),
};
// @ts-expect-error Message lists take no `count` option.
export const countedMessages: Schemas["MessageListOption"] = { count: true };
export function messageIds(
  messages: ListMessages["responses"][200]["content"]["application/json"],
): string[] {
  return messages.map((message) => message.id);
}

// Nested objects the service may send as `null` are typed so.
export const unsentSender: Schemas["Message"]["sender"] = null;
export const unreadMark: Schemas["Subscription"]["mark"] = null;
export const noNotifications: Schemas["Member"]["notifications"] = null;
