// Types of the pancake-mock package (index.cjs and index.mjs).

export interface StartOptions {
  /** Seed of the generated fixtures (default 42). */
  seed?: number;
  /** Conversations on the first (Facebook) page (default 150). */
  conversations?: number;
  /** `true` the spec's limit (default), `false` off, a number requests per page per second. */
  rateLimit?: boolean | number;
  /** The clock moves only through `admin.advanceClock` (default false). */
  manualClock?: boolean;
  /** More `pancake-mock` flags (`npx pancake-mock --help`). */
  args?: string[];
  /** How long to wait for the mock to listen (default 30000). */
  timeoutMs?: number;
}

export interface Page {
  id: string;
  name: string;
  platform: string;
  pageAccessToken: string;
  conversations: number;
}

export interface FaultOptions {
  errorRate?: number;
  status?: 500 | 502 | 503;
  latencyMs?: number;
  seed?: number;
  webhookDropRate?: number;
  webhookDuplicateRate?: number;
  /** A duplicate's second copy repeats the `request_id` ("same", the default) or has a "new" one. */
  webhookDuplicateRequestId?: "same" | "new";
  webhookReorderRate?: number;
  webhookDelayRate?: number;
  webhookDelayMs?: number;
}

export interface Clock {
  mode: "manual" | "system";
  now_ms: number;
  now: string;
}

/** The answers are the mock's JSON, field names as it sends them (snake_case). */
export class Admin {
  constructor(origin: string, token?: string | null);
  readonly origin: string;
  call(method: string, route: string, body?: unknown, query?: Record<string, string>): Promise<any>;
  reset(): Promise<void>;
  fixtures(): Promise<{ access_token: string; pages: Array<{ id: string; name: string; platform: string; page_access_token: string; conversations: number }> }>;
  fullFixtures(): Promise<any>;
  loadFixtures(fixtures: unknown): Promise<any>;
  fixtureSchema(): Promise<any>;
  journal(): Promise<{ requests: any[]; webhook_deliveries: any[] }>;
  clearJournal(): Promise<void>;
  faults(): Promise<Record<string, number | string>>;
  setFaults(options?: FaultOptions): Promise<Record<string, number | string>>;
  clock(): Promise<Clock>;
  setClock(mode: "manual" | "system", now?: number | string): Promise<Clock>;
  advanceClock(seconds: number): Promise<Clock>;
  setRateLimit(perSecond: number | null): Promise<{ rate_limit: { requests: number; per_seconds: number } | null }>;
  subscribeWebhook(url: string, options?: { events?: string[]; pageIds?: string[]; timeoutMs?: number }): Promise<any>;
  webhooks(): Promise<any[]>;
  unsubscribeWebhooks(url?: string): Promise<number>;
  enableWebhooks(url?: string): Promise<number>;
  webhooksSettled(timeoutMs?: number): Promise<void>;
  simulateMessage(
    pageId: string,
    options?: { text?: string; conversationId?: string; customerName?: string; attachments?: Array<{ type: string; url: string }> },
  ): Promise<{ success: boolean; conversation_id: string; message_id: string; created: boolean }>;
  simulateComment(pageId: string, postId: string, text: string, options?: { customerName?: string }): Promise<any>;
  simulatePost(pageId: string, options?: { message?: string; kind?: string }): Promise<{ success: boolean; post_id: string }>;
  simulateConnectStatus(pageId: string, status: string): Promise<any>;
  simulateSubscription(pageIds: string[], options?: { userIds?: string[]; duration?: number; expiredAt?: string }): Promise<any>;
}

export interface Mock {
  pid: number;
  version: string;
  /** `http://127.0.0.1:PORT/api` */
  baseUrl: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  specUrl: string;
  accessToken: string;
  adminToken: string | null;
  pages: Page[];
  admin: Admin;
  /** Back to how startMock() left it (fixtures, faults, rate limit, webhooks, clock). */
  reset(): Promise<void>;
  /** Resolves once the process has exited. */
  stop(): Promise<void>;
}

export class MockError extends Error {}
export class AdminError extends Error {
  status: number;
  code: number | null;
  reason: string;
}

export function startMock(options?: StartOptions): Promise<Mock>;
export function binaryPath(): string;
