import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { CounterScreen } from "./screens/CounterScreen.tsx";
import { SignInScreen } from "./screens/SignInScreen.tsx";
import { useCounterSession } from "./session.ts";

export function App() {
  const { t } = useTranslation();
  const session = useCounterSession();
  const [signedInAt, setSignedInAt] = useState(() => new Date());
  useEffect(() => {
    if (session) setSignedInAt(new Date());
  }, [session]);

  return (
    <>
      <title>{`${session ? t("counter.title") : t("signIn.title")} · Marquee ${t("product")}`}</title>
      {session ? <CounterScreen session={session} signedInAt={signedInAt} /> : <SignInScreen />}
    </>
  );
}
