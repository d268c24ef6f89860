import type { TestClient } from './test-app.js';

/** Every page of the office work list. */
export async function wholeWorkList(client: TestClient, query = '') {
  const items: { caseId: string; citizen: { id: string } }[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = (await client.request({ method: 'GET', url: `/api/nav/work-list?limit=200&offset=${offset}${query}` })).json() as { items: typeof items; total: number };
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}
