import { IconCheck } from "@marquee/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { IconShare } from "../shell/icons.tsx";

/** Shares the page through the system sheet where there is one, else copies its link. */
export function ShareButton({ title }: { title: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);

  async function share() {
    const url = window.location.href;
    if (navigator.share) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      window.prompt(t("event.copyPrompt"), url);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={share}
        className="inline-flex h-10 items-center gap-2 rounded-full bg-white/10 px-4 text-sm font-semibold ring-1 ring-white/20 hover:bg-white/15"
      >
        {copied ? <IconCheck className="size-4 text-gold-300" /> : <IconShare className="size-4" />}
        {copied ? t("event.linkCopied") : t("event.share")}
      </button>
      <span className="sr-only" role="status">
        {copied ? t("event.linkCopied") : ""}
      </span>
    </>
  );
}
