/**
 * pnpm demo:otp — the current two-step verification code of the demo organizer and admin
 * (they share a published demo secret; see src/modules/identity/demo.ts).
 */
import { generate } from "otplib";
import { DEMO_MFA_EMAILS, DEMO_TOTP_SECRET } from "../src/modules/identity/demo.ts";

const code = await generate({ secret: DEMO_TOTP_SECRET });
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${code}  (for ${DEMO_MFA_EMAILS.join(", ")}; valid for about ${secondsLeft + 30} more seconds)`);
console.log(`Authenticator app secret: ${DEMO_TOTP_SECRET}`);
