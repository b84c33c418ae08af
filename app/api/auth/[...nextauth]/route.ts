import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { isNextAuthCallbackUrl } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";
import { useSecureCookies } from "@/lib/auth/session-cookie";

/** next-auth's endpoints (session, csrf, credentials callback, sign-out); see lib/auth/options.ts. */
const nextAuth = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth answers a callbackUrl it cannot read (in the query, or in its callback-url cookie) with
 * a 500 "server configuration" error: such a request is refused here with a 400 instead, and the
 * cookie, which would fail every later request of this browser, is deleted.
 */
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const base = request.nextUrl.origin;
  const cookieName = `${useSecureCookies() ? "__Secure-" : ""}next-auth.callback-url`;
  const cookie = request.cookies.get(cookieName)?.value;
  const badQuery = request.nextUrl.searchParams.getAll("callbackUrl").some((url) => url !== "" && !isNextAuthCallbackUrl(url, base));
  const badCookie = cookie !== undefined && cookie !== "" && !isNextAuthCallbackUrl(cookie, base);
  if (!badQuery && !badCookie) return nextAuth(request, context);
  const headers = new Headers({ "cache-control": "no-store" });
  if (badCookie) headers.append("set-cookie", `${cookieName}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${useSecureCookies() ? "; Secure" : ""}`);
  return Response.json({ error: "invalid_callback_url", message: "callbackUrl must be a path on this site or an http(s) address." }, { status: 400, headers });
}

export { handler as GET, handler as POST };
