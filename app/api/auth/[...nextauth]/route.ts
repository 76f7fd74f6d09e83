// GET/POST /api/auth/* - Auth.js endpoints (session, CSRF token, sign-in callback, sign-out)
export { GET, POST } from "@/server/auth/handlers";
