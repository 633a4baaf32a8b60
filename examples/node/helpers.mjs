// Plain fetch, as code under test would call the Pancake API.

export function pageUrl(mock, page, path, params = {}) {
  const url = new URL(`${mock.baseUrl}/public_api/${path.replace("{page}", page.id)}`);
  url.searchParams.set("page_access_token", page.pageAccessToken);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url;
}

export async function call(method, url, body, headers = {}) {
  const answer = await fetch(url, {
    method,
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: answer.status, headers: answer.headers, body: await answer.json() };
}
