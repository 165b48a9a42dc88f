import { Icon, type IconProps } from "@marquee/ui";

/** Storefront icons, drawn with @marquee/ui's icon base (24px stroke grid, decorative by default). */
export const IconCalendar = (props: IconProps) => (
  <Icon {...props}>
    <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
    <path d="M3.5 10h17M8 3v4M16 3v4" />
  </Icon>
);
export const IconShare = (props: IconProps) => (
  <Icon {...props}>
    <path d="M12 15V3.5M7.5 8 12 3.5 16.5 8" />
    <path d="M5 12v6.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V12" />
  </Icon>
);
export const IconStar = (props: IconProps) => (
  <Icon {...props}>
    <path d="m12 3.5 2.6 5.4 5.9.8-4.3 4.1 1 5.9L12 16.9l-5.2 2.8 1-5.9-4.3-4.1 5.9-.8L12 3.5Z" />
  </Icon>
);
export const IconClose = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 6l12 12M18 6 6 18" />
  </Icon>
);
export const IconFilter = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 6h16M7 12h10M10 18h4" />
  </Icon>
);
export const IconDownload = (props: IconProps) => (
  <Icon {...props}>
    <path d="M12 3.5V15M7.5 10.5 12 15l4.5-4.5M5 19.5h14" />
  </Icon>
);
export const IconChevronRight = (props: IconProps) => (
  <Icon {...props}>
    <path d="m9 5.5 6.5 6.5L9 18.5" />
  </Icon>
);
export const IconCard = (props: IconProps) => (
  <Icon {...props}>
    <rect x="2.5" y="5" width="19" height="14" rx="2" />
    <path d="M2.5 9.5h19M6 15h4" />
  </Icon>
);
export const IconTag = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3.5 12.2V4.5a1 1 0 0 1 1-1h7.7l8.3 8.3a1 1 0 0 1 0 1.4l-7.3 7.3a1 1 0 0 1-1.4 0l-8.3-8.3Z" />
    <circle cx="8" cy="8" r="1.3" />
  </Icon>
);
export const IconTimer = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="12" cy="13.5" r="7" />
    <path d="M12 13.5V10M10 3h4" />
  </Icon>
);
export const IconWheelchair = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="11" cy="4.5" r="1.5" />
    <path d="M11 7.5v6h5l2.5 5M11 10.5h4.5" />
    <path d="M8 11a5 5 0 1 0 6.5 6.2" />
  </Icon>
);
export const IconOffline = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3 3l18 18M8.5 16.5a5 5 0 0 1 7 0M5 13a10 10 0 0 1 4.3-2.6M12 9c2.8 0 5.3 1.1 7 2.9M2 9.6a15 15 0 0 1 4-2.6M10 5.1A15 15 0 0 1 22 9.6M12 20h.01" />
  </Icon>
);
