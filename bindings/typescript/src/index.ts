// The package's API: the generated types, the client, the envelope rule and the page walker.

export type { components, operations, paths } from "./schema.js";
export {
  NcloudChatError,
  ORIGINAL_STATUS_HEADER,
  createNcloudChatClient,
  sentStatus,
  unwrap,
  type NcloudChatClient,
  type NcloudChatOptions,
} from "./client.js";
export { classify, errorEnvelope, type ErrorEnvelope, type Verdict } from "./envelope.js";
export {
  RepeatedPageError,
  listQuery,
  paginate,
  type ListQuery,
  type PageItem,
  type PageOption,
} from "./pages.js";
