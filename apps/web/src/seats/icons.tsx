import type { SVGProps } from "react";

/** Small stroke icons of this screen, drawn like @marquee/ui's (24px grid, decorative). */
function Icon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      width="1em"
      height="1em"
      {...props}
    />
  );
}

export const IconMinus = (props: SVGProps<SVGSVGElement>) => (
  <Icon {...props}>
    <path d="M6 12h12" />
  </Icon>
);
export const IconPlus = (props: SVGProps<SVGSVGElement>) => (
  <Icon {...props}>
    <path d="M12 6v12M6 12h12" />
  </Icon>
);
export const IconX = (props: SVGProps<SVGSVGElement>) => (
  <Icon {...props}>
    <path d="m7 7 10 10M17 7 7 17" />
  </Icon>
);
/** A row of seats with one picked out: "choose for me". */
export const IconSeats = (props: SVGProps<SVGSVGElement>) => (
  <Icon {...props}>
    <path d="M4 14v-3a2 2 0 0 1 2-2h0a2 2 0 0 1 2 2v3M10 14v-3a2 2 0 0 1 2-2h0a2 2 0 0 1 2 2v3M16 14v-3a2 2 0 0 1 2-2h0a2 2 0 0 1 2 2v3M3 14h18M5 14v4M19 14v4" />
  </Icon>
);
