// List calls: their JSON-in-query-string parameters, and a walker over every page.
//
// The API pages by offset only, with no total and no cursor: the one end condition is a page
// shorter than `per_page`. A service that ignored the offset would answer the first page
// forever, so, as in the Rust crate, a full page whose first and last items equal the previous
// full page's ends the walk with RepeatedPageError instead of being yielded again.

import { unwrap } from "./client.js";
import type { components } from "./schema.js";

type Schemas = components["schemas"];

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

/** The page a walker asks for: put it in the call's `option`. */
export interface PageOption {
  offset: number;
  per_page: number;
}

/** The service answered the same full page for two offsets; the walk stopped. */
export class RepeatedPageError extends Error {
  constructor(
    /** The offset of the page that came first. */
    readonly offset: number,
    /** The offset that returned it again. */
    readonly next: number,
  ) {
    super(
      `the page at offset ${next} repeats the page at offset ${offset}: the service ignored ` +
        "option.offset (or a whole page of items was added in between); the walk stopped",
    );
    this.name = "RepeatedPageError";
  }
}

/** The items of a list call's page (a `{count}` answer has none). */
export type PageItem<Data> = Data extends readonly (infer Item)[] ? Item : never;

/**
 * Every item of a list, fetched a page at a time as they are consumed. `fetchPage` makes the
 * call for one page (its `option` from the given offset and size); the walk stops after the
 * first page shorter than `perPage` (1..100, default 100), and throws what `unwrap` throws on a
 * failed call, or RepeatedPageError.
 *
 * ```ts
 * for await (const message of paginate((option) =>
 *   chat.GET("/v1/api/messages/{channelId}", {
 *     params: { path: { channelId }, query: listQuery({ filter: {}, option }) },
 *   }),
 * )) { ... }
 * ```
 */
export async function* paginate<Data>(
  fetchPage: (option: PageOption) => Promise<{ data?: Data; error?: unknown; response: Response }>,
  { perPage = 100, offset = 0 }: { perPage?: number; offset?: number } = {},
): AsyncGenerator<PageItem<Data>, void, undefined> {
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    throw new RangeError(`perPage must be an integer from 1 to 100, not ${perPage}`);
  }
  let previous: { first: string; last: string; offset: number } | undefined;
  for (;;) {
    const page = unwrap(await fetchPage({ offset, per_page: perPage }));
    if (!Array.isArray(page)) {
      throw new TypeError(`a list call answered ${JSON.stringify(page)}, not a page`);
    }
    const items = page as PageItem<Data>[];
    if (items.length >= perPage) {
      const first = JSON.stringify(items[0]);
      const last = JSON.stringify(items[items.length - 1]);
      if (previous !== undefined && previous.first === first && previous.last === last) {
        throw new RepeatedPageError(previous.offset, offset);
      }
      previous = { first, last, offset };
    }
    yield* items;
    if (items.length < perPage) {
      return;
    }
    offset += items.length;
  }
}
