// Drive a Pancake API server with the TypeScript clients generated from openapi/pancake.yaml, and
// check at run time that every answer fits the spec.
//
// Usage: node dist/drive.js BASE_URL   (BASE_URL as the mock prints it: http://127.0.0.1:PORT/api)
//
// - `@hey-api/openapi-ts` generates the SDK (src/hey-api/sdk.gen.ts), its types and zod schemas
//   (src/hey-api/zod.gen.ts); every answer body is parsed with the zod schema of its operation,
//   and a body with a property the spec does not declare (which zod would strip) fails too.
// - openapi-typescript generates `paths` (src/openapi-typescript/schema.d.ts), the types an
//   openapi-fetch user takes; the v2 walk runs a second time through openapi-fetch.
//
// Page ids and tokens come from the mock's admin API (`GET /__admin/fixtures`); against the live
// API you would take them from your own configuration instead.

import createFetchClient from 'openapi-fetch';
import type { z } from 'zod';

import { createClient } from './hey-api/client/index.js';
import {
  getAdsCampaignStatistics,
  getPageStatistics,
  listConversations,
  listMessages,
  listPageCustomers,
  listTags,
  sendMessage,
  updateConversationTags,
} from './hey-api/sdk.gen.js';
import type { AdsCampaignStatistic, Conversation, ConversationTag, Metric } from './hey-api/types.gen.js';
import {
  zConversationTag,
  zGetAdsCampaignStatisticsResponse,
  zGetPageStatisticsResponse,
  zListConversationsResponse,
  zListMessagesResponse,
  zListPageCustomersResponse,
  zListTagsResponse,
  zMetric,
  zSendMessageResponse,
  zUpdateConversationTagsResponse,
} from './hey-api/zod.gen.js';
import type { paths } from './openapi-typescript/schema.js';

// The fixtures' epoch is 2026-01-15; a window around it for the statistics and customers.
const SINCE = 1_735_689_600;
const UNTIL = 1_798_761_600;

class Misfit extends Error {}

let bodies = 0;
let nulls = 0;

/**
 * Parses `body` with `schema`; fails when it does not fit or carries undeclared properties. Gives
 * `body` back with the SDK's type (hey-api's zod schema of a nullable reference infers `unknown`
 * for its null branch, where the generated type says `T | null`).
 */
function validate<T>(schema: z.ZodType, body: T, where: string): T {
  bodies += 1;
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new Misfit(`${where}: ${result.error.message.slice(0, 400)}`);
  }
  checkNullableRefs(body, where);
  const stripped = undeclared(body, result.data, '');
  if (stripped) {
    throw new Misfit(`${where}: a property the spec does not declare: ${stripped}`);
  }
  return body;
}

/**
 * hey-api's zod schema of a nullable reference (`oneOf: [$ref, null branch]`) is
 * `z.union([zX, z.unknown()])`, which accepts anything: check those values with `zX` (or null).
 */
function nullableRef(schema: z.ZodType, value: unknown, where: string): void {
  if (value === null || value === undefined) return;
  const result = schema.safeParse(value);
  if (!result.success) throw new Misfit(`${where}: ${result.error.message.slice(0, 300)}`);
}

let nullableRefs = 0;

/** The nullable references of the answers the driver reads: tag entries and ads figures. */
function checkNullableRefs(body: unknown, where: string): void {
  const conversations = (body as { conversations?: { tags?: unknown[] }[] }).conversations ?? [];
  for (const conversation of conversations) {
    for (const tag of conversation.tags ?? []) {
      nullableRefs += 1;
      nullableRef(zConversationTag, tag, `${where}: tags[]`);
    }
  }
  if (Array.isArray(body)) {
    for (const row of body as Record<string, unknown>[]) {
      for (const field of ADS_FIGURES) {
        nullableRefs += 1;
        nullableRef(zMetric, row[field], `${where}: ${field}`);
      }
    }
  }
}

/** The `Metric` figures of `AdsCampaignStatistic`, each a nullable reference. */
const ADS_FIGURES = [
  'cpc', 'cpm', 'ctr', 'impressions', 'reach', 'spend', 'link_click', 'post_comments', 'purchases',
  'purchase_roas', 'purchases_conversion_value', 'messaging_conversation_started_7d', 'messaging_first_reply',
] as const;

/** The first path where `raw` has a key that the parsed value lost. */
function undeclared(raw: unknown, parsed: unknown, at: string): string | undefined {
  if (raw === null) {
    nulls += 1;
    return undefined;
  }
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < raw.length; i++) {
      const found = undeclared(raw[i], parsed[i], `${at}/${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof raw === 'object' && typeof parsed === 'object' && parsed !== null) {
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (!(key in parsed)) return `${at}/${key}`;
      const found = undeclared(value, (parsed as Record<string, unknown>)[key], `${at}/${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** `fetch` that waits out a 429 as `Retry-After` says (the API allows 5 requests/page/second). */
async function pacedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  for (;;) {
    const response = await fetch(input instanceof Request ? input.clone() : input, init);
    if (response.status !== 429) return response;
    const seconds = Number(response.headers.get('retry-after') ?? '1');
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

function ok<T>(answer: { data?: T; error?: unknown; response?: Response }, where: string): T {
  if (answer.response?.status !== 200 || answer.data === undefined) {
    throw new Misfit(`${where}: HTTP ${answer.response?.status}: ${JSON.stringify(answer.error)}`);
  }
  return answer.data;
}

/** A figure of the ads statistics as a number, or null: the generated type says it may be null. */
function figure(metric: Metric | null | undefined): number | null {
  if (metric === null || metric === undefined) return null;
  return typeof metric === 'number' ? metric : Number(metric);
}

async function main(baseUrl: string): Promise<number> {
  const fixtures = (await (await fetch(baseUrl.replace(/\/api$/, '') + '/__admin/fixtures')).json()) as {
    pages: { id: string; page_access_token: string; conversations: number }[];
  };
  const page = fixtures.pages[0];
  const client = createClient({ baseUrl, fetch: pacedFetch });
  const path = { page_id: page.id };
  const token = { page_access_token: page.page_access_token };
  const state: { inbox?: string } = {};

  const steps: [string, () => Promise<string>][] = [
    [
      'v2 walk (hey-api)',
      async () => {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        let nullTags = 0;
        for (;;) {
          const answer = await listConversations({ client, path, query: { ...token, last_conversation_id: cursor } });
          const body = validate(zListConversationsResponse, ok(answer, 'listConversations'), 'listConversations');
          pages += 1;
          const conversations: Conversation[] = body.conversations ?? [];
          if (conversations.length === 0) break;
          for (const conversation of conversations) {
            seen.push(conversation.id ?? '');
            const tags: (ConversationTag | null)[] = conversation.tags ?? [];
            nullTags += tags.filter((tag) => tag === null).length;
          }
          cursor = conversations[conversations.length - 1].id;
        }
        if (new Set(seen).size !== seen.length || seen.length !== page.conversations) {
          throw new Misfit(`walk: ${seen.length} ids, ${new Set(seen).size} distinct, fixtures say ${page.conversations}`);
        }
        return `${seen.length} conversations, each once, in ${pages} pages; ${nullTags} null tag entries typed ConversationTag | null`;
      },
    ],
    [
      'v2 walk (openapi-typescript + openapi-fetch)',
      async () => {
        const api = createFetchClient<paths>({ baseUrl, fetch: pacedFetch });
        const seen = new Set<string>();
        let cursor: string | undefined;
        for (;;) {
          const { data, response } = await api.GET('/public_api/v2/pages/{page_id}/conversations', {
            params: { path, query: { ...token, last_conversation_id: cursor } },
          });
          const body = validate(zListConversationsResponse, ok({ data, response }, 'GET conversations'), 'GET conversations');
          const conversations = body.conversations ?? [];
          if (conversations.length === 0) break;
          conversations.forEach((c) => seen.add(c.id ?? ''));
          cursor = conversations[conversations.length - 1].id;
        }
        if (seen.size !== page.conversations) throw new Misfit(`openapi-fetch walk: ${seen.size} ids`);
        return `${seen.size} conversations, each once`;
      },
    ],
    [
      'type filter',
      async () => {
        const answer = await listConversations({ client, path, query: { ...token, type: ['INBOX'] } });
        const body = validate(zListConversationsResponse, ok(answer, 'listConversations type'), 'listConversations type');
        const conversations = body.conversations ?? [];
        const types = new Set(conversations.map((c) => c.type));
        if (types.size !== 1 || !types.has('INBOX')) throw new Misfit(`type filter: got ${[...types]}`);
        state.inbox = conversations[0].id;
        return `${conversations.length} INBOX conversations on the first page`;
      },
    ],
    [
      'tag add and remove',
      async () => {
        const tags = validate(zListTagsResponse, ok(await listTags({ client, path, query: token }), 'listTags'), 'listTags');
        const tag = (tags.tags ?? [])[0];
        const conversation = state.inbox ?? '';
        for (const action of ['add', 'remove'] as const) {
          const answer = await updateConversationTags({
            client,
            path: { ...path, conversation_id: conversation },
            query: token,
            body: { action, tag_id: Number(tag.id ?? 0) },
          });
          validate(zUpdateConversationTagsResponse, ok(answer, `updateConversationTags ${action}`), 'updateConversationTags');
          const filtered = await listConversations({ client, path, query: { ...token, tags: String(tag.id) } });
          const body = validate(zListConversationsResponse, ok(filtered, 'listConversations tags'), 'listConversations tags');
          const present = (body.conversations ?? []).some((c) => c.id === conversation);
          if (present !== (action === 'add')) throw new Misfit(`after ${action} of tag ${tag.id}, listed: ${present}`);
        }
        return `tag ${tag.id} added to and removed from ${conversation}`;
      },
    ],
    [
      'reply read back',
      async () => {
        const text = 'Dạ shop gửi bảng giá ạ (typescript)';
        const conversation = state.inbox ?? '';
        const sent = await sendMessage({
          client,
          path: { ...path, conversation_id: conversation },
          query: token,
          body: { action: 'reply_inbox', message: text },
        });
        const reply = validate(zSendMessageResponse, ok(sent, 'sendMessage'), 'sendMessage');
        const messages = await listMessages({ client, path: { ...path, conversation_id: conversation }, query: token });
        const body = validate(zListMessagesResponse, ok(messages, 'listMessages'), 'listMessages');
        if (!(body.messages ?? []).some((m) => m.message === text)) throw new Misfit('the reply is not read back');
        return `reply ${reply.id} read back`;
      },
    ],
    [
      'page statistics',
      async () => {
        const answer = await getPageStatistics({ client, path, query: { ...token, since: SINCE, until: UNTIL } });
        const body = validate(zGetPageStatisticsResponse, ok(answer, 'getPageStatistics'), 'getPageStatistics');
        return `${Array.isArray(body.data) ? body.data.length : 0} rows`;
      },
    ],
    [
      'ads statistics',
      async () => {
        const answer = await getAdsCampaignStatistics({ client, path, query: { ...token, since: SINCE, until: UNTIL } });
        const body = validate(zGetAdsCampaignStatisticsResponse, ok(answer, 'getAdsCampaignStatistics'), 'getAdsCampaignStatistics');
        if (!Array.isArray(body)) throw new Misfit('ads statistics: the in-band error object');
        const rows: AdsCampaignStatistic[] = body;
        const missing = rows.flatMap((r) => [r.cpc, r.cpm, r.ctr, r.reach, r.spend].map(figure)).filter((f) => f === null);
        return `${rows.length} rows, ${missing.length} of their cpc/cpm/ctr/reach/spend null (typed Metric | null)`;
      },
    ],
    [
      'customers',
      async () => {
        const answer = await listPageCustomers({
          client,
          path,
          query: { ...token, since: SINCE, until: UNTIL, page_number: 1 },
        });
        const body = validate(zListPageCustomersResponse, ok(answer, 'listPageCustomers'), 'listPageCustomers');
        return `${(body.customers ?? []).length} customers on page 1`;
      },
    ],
  ];

  let failed = 0;
  for (const [name, run] of steps) {
    try {
      console.log(`typescript: ${name}: OK (${await run()})`);
    } catch (e) {
      failed += 1;
      console.log(`typescript: ${name}: FAILED: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(
    failed === 0
      ? `typescript: ${bodies} bodies validated at run time with the generated zod schemas (and ${nullableRefs} nullable references with their target's schema), 0 undeclared properties, ${nulls} nulls`
      : `typescript: ${failed} step(s) failed`,
  );
  return failed === 0 ? 0 : 1;
}

const baseUrl = process.argv[2];
if (!baseUrl) {
  console.error('usage: node dist/drive.js BASE_URL');
  process.exit(2);
}
main(baseUrl).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
