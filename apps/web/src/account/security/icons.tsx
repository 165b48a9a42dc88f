import { Icon, type IconProps } from "@marquee/ui";

/** Icons of the security cards, on @marquee/ui's icon base. */
export const IconCopy = (props: IconProps) => (
  <Icon {...props}>
    <rect x="8.5" y="8.5" width="12" height="12" rx="2" />
    <path d="M15.5 8.5V5.5a2 2 0 0 0-2-2h-8a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h3" />
  </Icon>
);
export const IconShield = (props: IconProps) => (
  <Icon {...props}>
    <path d="M12 3.5 5 6v5.5c0 4.3 2.9 7.6 7 9 4.1-1.4 7-4.7 7-9V6l-7-2.5Z" />
    <path d="m9 12 2.2 2.2L15.5 10" />
  </Icon>
);
export const IconPhone = (props: IconProps) => (
  <Icon {...props}>
    <rect x="6.5" y="2.5" width="11" height="19" rx="2.5" />
    <path d="M10.5 18.5h3" />
  </Icon>
);
export const IconLaptop = (props: IconProps) => (
  <Icon {...props}>
    <rect x="4.5" y="5" width="15" height="10.5" rx="1.5" />
    <path d="M2.5 19h19" />
  </Icon>
);
export const IconTerminal = (props: IconProps) => (
  <Icon {...props}>
    <rect x="5" y="3" width="14" height="13" rx="2" />
    <path d="M8 20.5h8M12 16v4.5M8.5 7.5h7M8.5 11h4" />
  </Icon>
);
