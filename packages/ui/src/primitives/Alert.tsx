import type { ReactNode } from "react";
import { IconAlert, IconCheck, IconInfo } from "./icons.tsx";

export type AlertTone = "info" | "success" | "warning" | "danger";

const tones: Record<AlertTone, { box: string; icon: ReactNode }> = {
  info: {
    box: "bg-night-700/5 text-night-900 ring-night-700/15",
    icon: <IconInfo className="text-night-600" />,
  },
  success: {
    box: "bg-emerald-50 text-emerald-950 ring-emerald-700/20",
    icon: <IconCheck className="text-emerald-700" />,
  },
  warning: {
    box: "bg-gold-100 text-amber-950 ring-amber-700/25",
    icon: <IconAlert className="text-amber-700" />,
  },
  danger: { box: "bg-red-50 text-red-950 ring-red-700/20", icon: <IconAlert className="text-red-700" /> },
};

/**
 * A message box. Danger alerts interrupt screen readers (role=alert); the rest are polite
 * (role=status), so routine news never cuts someone off mid-sentence.
 */
export function Alert({
  tone = "info",
  title,
  children,
  action,
  className = "",
}: {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  const { box, icon } = tones[tone];
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={`flex items-start gap-3 rounded-control p-4 text-sm ring-1 ring-inset ${box} ${className}`}
    >
      <span className="mt-px shrink-0 text-xl">{icon}</span>
      <div className="min-w-0 flex-1 space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className="leading-relaxed">{children}</div>}
        {action && <div className="pt-2">{action}</div>}
      </div>
    </div>
  );
}
