"use strict";
// The console's page. Every value from the emulator enters the page through textContent or
// an attribute set from script, never as HTML: a message such as <img src=x onerror=...>
// shows as those characters. The page polls its lists, so new messages appear without a
// reload. `#channel=<id>` in the address selects a channel.

const TOKEN = document.querySelector('meta[name="console-token"]').content;
const POLL_MS = 1500;
const PER_PAGE = 20;
const MESSAGES_PER_PAGE = 50;
const view = { q: "", users: 0, channels: 0, channel: null, messages: 0 };

const $ = (id) => document.getElementById(id);

/** A new element with an optional class and text. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = String(text);
  return node;
}

/** `name (id)`, or just the ID when the name adds nothing. */
function who(id, name) {
  return name && name !== id ? `${name} (${id})` : id;
}

function when(timestamp) {
  return (timestamp || "").slice(0, 19).replace("T", " ");
}

async function api(path, init) {
  const response = await fetch(path, init);
  const body = await response.json();
  if (!response.ok) throw new Error(body.message || `HTTP ${response.status}`);
  return body;
}

function query(params) {
  return new URLSearchParams(params).toString();
}

function channelPath(id, rest) {
  return `/api/channels/${encodeURIComponent(id)}${rest || ""}`;
}

/** Previous / next buttons for a page of `count` items at `offset`. */
function pager(id, offset, count, perPage, go) {
  const prev = el("button", "prev", "‹ Prev");
  prev.type = "button";
  prev.disabled = offset === 0;
  prev.addEventListener("click", () => go(Math.max(0, offset - perPage)));
  const next = el("button", "next", "Next ›");
  next.type = "button";
  next.disabled = count < perPage;
  next.addEventListener("click", () => go(offset + perPage));
  const shown = count ? `${offset + 1}–${offset + count}` : "none";
  $(id).replaceChildren(prev, el("span", "", shown), next);
}

function emptyItem(tag) {
  return el(tag, "muted", "none");
}

async function loadUsers() {
  const asked = query({ q: view.q, offset: view.users });
  const users = await api(`/api/users?${asked}`);
  if (asked !== query({ q: view.q, offset: view.users })) return; // a newer search runs
  $("users").replaceChildren(
    ...users.map((user) => {
      const row = el("tr");
      row.dataset.id = user.id;
      row.append(
        el("td", user.deleted ? "deleted" : "", user.id),
        el("td", "", user.name),
        el("td", "muted", when(user.created_at)),
      );
      return row;
    }),
  );
  pager("users-pager", view.users, users.length, PER_PAGE, (offset) => {
    view.users = offset;
    loadUsers().catch(report);
  });
}

async function loadFriendships() {
  for (const [status, id, arrow] of [
    ["requested", "pending", " → "],
    ["accepted", "friends", " ↔ "],
  ]) {
    const list = await api(`/api/friendships?${query({ status })}`);
    const items = list.map((friendship) => {
      const item = el("li");
      item.dataset.id = friendship.id;
      item.append(
        el("span", "", who(friendship.user_id, friendship.user.name)),
        el("span", "muted", arrow),
        el("span", "", who(friendship.friend_id, friendship.friend.name)),
        el("time", "muted", when(friendship.updated_at)),
      );
      return item;
    });
    $(id).replaceChildren(...(items.length ? items : [emptyItem("li")]));
  }
}

async function loadChannels() {
  const channels = await api(`/api/channels?${query({ offset: view.channels })}`);
  $("channels").replaceChildren(
    ...channels.map((channel) => {
      const item = el("li", channel.id === view.channel ? "selected" : "");
      item.dataset.id = channel.id;
      item.append(el("span", "name", channel.name), el("span", "type", channel.type));
      const count = channel.members.length;
      item.append(el("div", "muted", `${count} member${count === 1 ? "" : "s"}`));
      item.addEventListener("click", () => select(channel.id));
      return item;
    }),
  );
  pager("channels-pager", view.channels, channels.length, PER_PAGE, (offset) => {
    view.channels = offset;
    loadChannels().catch(report);
  });
}

function showChannel(channel, subscriptions) {
  $("channel-name").textContent = channel.name;
  const facts = [
    ["ID", channel.id],
    ["Type", channel.type],
    ["Unique ID", channel.unique_id || "—"],
    ["Created", when(channel.created_at)],
    ["Disabled", channel.disabled ? "yes" : "no"],
  ];
  $("channel-info").replaceChildren(...facts.flatMap(([name, value]) => [el("dt", "", name), el("dd", "", value)]));
  const members = channel.members.map((id) => el("li", "", id));
  $("members").replaceChildren(...(members.length ? members : [emptyItem("li")]));
  const subscribed = subscriptions.map((s) => el("li", "", who(s.user_id, s.user.name)));
  $("subscriptions").replaceChildren(...(subscribed.length ? subscribed : [emptyItem("li")]));
  const sender = $("post-sender");
  const chosen = sender.value;
  sender.replaceChildren(
    ...channel.members.map((id) => {
      const option = el("option", "", id);
      option.value = id;
      return option;
    }),
  );
  if (channel.members.includes(chosen)) sender.value = chosen;
  $("post").hidden = channel.members.length === 0;
}

function showMessages(messages) {
  $("messages").replaceChildren(
    ...messages.map((message) => {
      const item = el("li");
      item.dataset.id = message.id;
      const time = el("time", "", when(message.created_at));
      time.dateTime = message.created_at;
      item.append(el("span", "sender", who(message.sender.id, message.sender.name)), time);
      item.append(el("p", "content", message.content));
      return item;
    }),
  );
  pager("messages-pager", view.messages, messages.length, MESSAGES_PER_PAGE, (offset) => {
    view.messages = offset;
    loadChannel().catch(report);
  });
}

async function loadChannel() {
  const id = view.channel;
  if (!id) return;
  const offset = view.messages;
  const [channel, subscriptions, messages] = await Promise.all([
    api(channelPath(id)),
    api(channelPath(id, "/subscriptions")),
    api(channelPath(id, `/messages?${query({ offset })}`)),
  ]);
  if (id !== view.channel || offset !== view.messages) return; // another page was chosen
  showChannel(channel, subscriptions);
  showMessages(messages);
}

function select(id) {
  view.channel = id;
  view.messages = 0;
  $("post-error").textContent = "";
  history.replaceState(null, "", `#${query({ channel: id })}`);
  for (const item of $("channels").children) {
    item.classList.toggle("selected", item.dataset.id === id);
  }
  loadChannel().catch(report);
}

function report(error) {
  $("status").textContent = `emulator unreachable: ${error.message}`;
}

async function refresh() {
  try {
    await Promise.all([loadUsers(), loadChannels(), loadFriendships(), loadChannel()]);
    $("status").textContent = `updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    report(error);
  }
  setTimeout(refresh, POLL_MS);
}

async function post(event) {
  event.preventDefault();
  const body = { sender: $("post-sender").value, content: $("post-content").value };
  try {
    await api(channelPath(view.channel, "/messages"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-console-token": TOKEN },
      body: JSON.stringify(body),
    });
    $("post-content").value = "";
    $("post-error").textContent = "";
    view.messages = 0;
    await loadChannel();
  } catch (error) {
    $("post-error").textContent = error.message;
  }
}

$("user-q").addEventListener("input", () => {
  view.q = $("user-q").value;
  view.users = 0;
  loadUsers().catch(report);
});
$("user-search").addEventListener("submit", (event) => event.preventDefault());
$("post").addEventListener("submit", post);
view.channel = new URLSearchParams(location.hash.slice(1)).get("channel");
api("/api/overview")
  .then((overview) => {
    $("project").textContent = overview.project_id;
  })
  .catch(report);
refresh();
