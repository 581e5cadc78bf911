import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getToken } from '../authProvider/token';
import { EXAMPLES_PLUGIN } from './ExamplesPlugin';
import { authHeaders } from './headers';

const DEFAULT_QUERY = `# 物业监管平台 GraphQL 查询（Ctrl+Enter 运行）
# 先在仪表盘登录；本页自动使用同一会话令牌。左侧“示例查询”（星形图标）中有常用统计查询。
query Overview {
  me { username displayName role permissions }
  enterprises(perPage: 10, sortField: score, sortOrder: DESC) {
    total
    items { name uscc score grade listStatus township { name } }
  }
}
`;

// Headers are computed per request, so signing in or out in the dashboard applies without reloading this page.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: (input, init) => {
    const headers = new Headers(init?.headers);
    for (const [name, value] of Object.entries(authHeaders(getToken(), localStorage.getItem('RaStore.locale')))) headers.set(name, value);
    return fetch(input, { ...init, headers });
  },
});

// The examples panel starts open until the user has chosen a panel themselves (GraphiQL stores that choice).
const firstVisit = localStorage.getItem('graphiql:visiblePlugin') === null;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} plugins={[EXAMPLES_PLUGIN]} visiblePlugin={firstVisit ? EXAMPLES_PLUGIN : undefined} />
  </StrictMode>,
);
