import { createApiClient } from "@marquee/ui";
import { bridge } from "../bridge.ts";

export interface SetPinInput {
  email: string;
  password: string;
  /** The authenticator code, for accounts with two-step verification. */
  otp?: string;
  pin: string;
}

/**
 * Choosing a PIN is the one thing the account password is asked for at the counter: it opens a
 * password session just long enough for `account.setPin` (which asks for the password again),
 * then ends it. That session never becomes the counter's: the counter runs on PIN sessions
 * bound to this terminal.
 */
export async function setPinWithPassword({ email, password, otp, pin }: SetPinInput): Promise<void> {
  let token: string | null = null;
  const client = createApiClient({ url: bridge.getApiUrl(), getToken: () => token });
  const session = await client.auth.login.mutate({ email, password, ...(otp ? { otp } : {}) });
  token = session.accessToken ?? null;
  try {
    await client.account.setPin.mutate({ pin, password });
  } finally {
    await client.auth.logout.mutate({ refreshToken: session.refreshToken }).catch(() => {});
  }
}
