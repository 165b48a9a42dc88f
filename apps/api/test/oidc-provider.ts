import { createServer, type Server } from "node:http";
import Provider from "oidc-provider";

export interface OidcTestAccount {
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1, standing in for
 * Google. Its login and consent screens are replaced by an automatic "yes" for whichever
 * account `signInAs` chose, so a test can walk the whole redirect dance without a browser.
 */
export async function startOidcProvider(client: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}) {
  const accounts = new Map<string, OidcTestAccount>();
  let nextAccount: string | null = null;
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: async (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
        }),
      };
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ["oidc-test-cookie-key"] },
    pkce: { required: () => true },
  });
  provider.on("server_error", () => {});
  const handle = provider.callback();

  server.on("request", async (req, res) => {
    if (!req.url?.startsWith("/interaction/")) return handle(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === "login") {
        if (!nextAccount) throw new Error("no test account chosen to sign in");
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: nextAccount } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      const grant = new provider.Grant({
        accountId: String(details.session?.accountId),
        clientId: client.clientId,
      });
      grant.addOIDCScope("openid email profile");
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });

  return {
    issuer,
    signInAs(account: OidcTestAccount) {
      accounts.set(account.sub, account);
      nextAccount = account.sub;
    },
    /** Follows the browser's redirects from the authorization URL back to the redirect URI. */
    async authorize(authorizationUrl: string): Promise<string> {
      const cookies = new Map<string, string>();
      let url = authorizationUrl;
      for (let hop = 0; hop < 20; hop++) {
        if (url.startsWith(client.redirectUri)) return url;
        const response = await fetch(url, {
          redirect: "manual",
          headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") },
        });
        for (const header of response.headers.getSetCookie()) {
          const [pair] = header.split(";");
          const [name, ...value] = (pair ?? "").split("=");
          if (name) cookies.set(name.trim(), value.join("="));
        }
        const location = response.headers.get("location");
        if (!location)
          throw new Error(`provider stopped at ${url}: ${response.status} ${await response.text()}`);
        url = new URL(location, url).toString();
      }
      throw new Error("too many redirects");
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
