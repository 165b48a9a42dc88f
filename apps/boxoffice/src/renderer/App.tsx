import { errorCodeOf, Spinner } from "@marquee/ui";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { CounterScreen } from "./screens/CounterScreen.tsx";
import { useCounterSession } from "./session.ts";
import { SignInScreen } from "./sign-in/SignInScreen.tsx";
import { PairTerminalScreen } from "./terminal/PairTerminalScreen.tsx";
import { TerminalRevokedScreen } from "./terminal/TerminalRevokedScreen.tsx";
import { usePairing, useTerminal } from "./terminal/use-pairing.ts";

type Stage = "checking" | "pair" | "revoked" | "sign-in" | "counter";

/** What the counter shows: pairing on first run, then PIN sign-in, then the counter itself. */
export function App() {
  const { t } = useTranslation();
  const pairing = usePairing();
  const terminal = useTerminal();
  const session = useCounterSession();
  const [signedInAt, setSignedInAt] = useState(() => new Date());
  const [justPaired, setJustPaired] = useState(false);
  const [wasUnpaired, setWasUnpaired] = useState(false);
  useEffect(() => {
    if (session) setSignedInAt(new Date());
  }, [session]);
  // Pairing finished while this window was open: the sign-in screen says so once.
  useEffect(() => {
    if (pairing.data?.paired === false) setWasUnpaired(true);
    else if (pairing.data?.paired && wasUnpaired) setJustPaired(true);
  }, [pairing.data, wasUnpaired]);

  const stage: Stage = !pairing.data
    ? "checking"
    : !pairing.data.paired
      ? "pair"
      : terminal.error && errorCodeOf(terminal.error) === "UNAUTHENTICATED"
        ? "revoked"
        : session
          ? "counter"
          : "sign-in";
  const titles: Record<Stage, string> = {
    checking: t("terminal.checking"),
    pair: t("pair.title"),
    revoked: t("revoked.title"),
    "sign-in": t("signIn.title"),
    counter: t("counter.title"),
  };

  return (
    <>
      <title>{`${titles[stage]} · Marquee ${t("product")}`}</title>
      {stage === "checking" && (
        <main className="grid min-h-dvh place-items-center bg-night-950 text-white" data-surface="dark">
          <span className="inline-flex items-center gap-3 text-lg">
            <Spinner className="size-6" />
            <h1>{t("terminal.checking")}</h1>
          </span>
        </main>
      )}
      {stage === "pair" && <PairTerminalScreen />}
      {stage === "revoked" && <TerminalRevokedScreen />}
      {stage === "sign-in" && <SignInScreen justPaired={justPaired} />}
      {stage === "counter" && session && <CounterScreen session={session} signedInAt={signedInAt} />}
    </>
  );
}
