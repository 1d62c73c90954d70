// Asks the server, with this browser's current sign-in cookie, for a short-lived ticket naming that sign-in, so a form
// opened before a sign-out can continue once its person has signed in again in another tab. Null when not signed in.
export async function ticket() {
  try {
    const response = await fetch("/account/session-ticket", { credentials: "same-origin", cache: "no-store", redirect: "manual" });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}
