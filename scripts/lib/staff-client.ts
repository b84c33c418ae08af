/**
 * A signed-in staff session for scripts, the way a browser gets one from next-auth's credentials
 * provider: GET /api/auth/csrf, then POST /api/auth/callback/credentials with the CSRF token,
 * keeping cookies. Mutations carry the headers lib/security/csrf.ts requires (Origin and
 * X-Requested-With: fetch).
 */
export type StaffClient = {
  email: string;
  /** fetch() relative to the server, with the session cookie and same-origin mutation headers. */
  request(path: string, init?: { method?: string; json?: unknown; headers?: Record<string, string> }): Promise<Response>;
};

class CookieJar {
  private cookies = new Map<string, string>();
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  has(predicate: (name: string) => boolean): boolean {
    return [...this.cookies.keys()].some(predicate);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

export async function signInStaff(baseUrl: string, email: string, password: string): Promise<StaffClient> {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf: ${csrfRes.status}`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: baseUrl }).toString(),
  });
  jar.store(res);
  if (!jar.has((name) => name.endsWith("next-auth.session-token") || /next-auth\.session-token\.\d+$/.test(name))) {
    throw new Error(`Sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  }
  return {
    email,
    request(path, init = {}) {
      const method = init.method ?? "GET";
      const headers: Record<string, string> = { cookie: jar.header(), ...init.headers };
      if (method !== "GET" && method !== "HEAD") {
        headers.origin = baseUrl;
        headers["x-requested-with"] = "fetch";
      }
      if (init.json !== undefined) headers["content-type"] = "application/json";
      return fetch(`${baseUrl}${path}`, {
        method,
        headers,
        redirect: "manual",
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
      });
    },
  };
}
