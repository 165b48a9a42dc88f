import { type ReactNode, useEffect, useRef } from "react";

/**
 * A modal dialog on the native <dialog>: focus moves in and is kept there, the page behind is
 * inert, and Escape asks the owner to close it (the owner decides, e.g. not mid-request).
 */
export function ModalDialog({
  labelledBy,
  onDismiss,
  children,
  width = "28rem",
}: {
  labelledBy: string;
  onDismiss: () => void;
  children: ReactNode;
  width?: "28rem" | "32rem";
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
      className={`m-auto max-h-[calc(100dvh-2rem)] rounded-card p-0 shadow-pop backdrop:bg-night-950/60 ${width === "32rem" ? "w-[min(32rem,calc(100vw-2rem))]" : "w-[min(28rem,calc(100vw-2rem))]"}`}
    >
      <div className="p-6">{children}</div>
    </dialog>
  );
}
