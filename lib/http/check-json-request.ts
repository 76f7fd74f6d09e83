/** A refusal of a request before its body is read: the HTTP status and a message for the client. */
export type RequestRefusal = { status: 403 | 415; error: string };

/**
 * Whether a state-changing request comes from this site. Browsers send `Sec-Fetch-Site` (on secure
 * contexts) and always an `Origin` on POST; either one naming another site refuses the request, as does
 * the opaque `Origin: null` (sandboxed frames, cross-site redirects). A request with neither header is not
 * from a browser, so it cannot carry a reader's cookies without the client holding them: scripts and
 * `curl` stay welcome. `host` is the host the client addressed (`X-Forwarded-Host` behind a proxy, else
 * `Host`), compared as Next.js compares it for server actions.
 */
export function checkSameOrigin(headers: { origin: string | null; secFetchSite: string | null; host: string | null }): RequestRefusal | null {
  const { origin, secFetchSite, host } = headers;
  const refuse: RequestRefusal = { status: 403, error: "Cross-site requests are refused: send this from NewsDeck itself." };
  if (secFetchSite !== null && secFetchSite.toLowerCase() !== "same-origin") return refuse;
  if (origin === null) return null;
  let originHost: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return refuse;
    originHost = url.host;
  } catch {
    return refuse; // "null" and anything else that is not a URL
  }
  const addressed = host?.split(",")[0]?.trim().toLowerCase();
  return addressed && originHost.toLowerCase() === addressed ? null : refuse;
}

/** `application/json`, with or without parameters (`; charset=utf-8`); nothing else is JSON here. */
export function checkJsonContentType(contentType: string | null): RequestRefusal | null {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/json" ? null : { status: 415, error: "Send the body as JSON (Content-Type: application/json)." };
}
