export const kioskEn = {
  product: "Kiosk",
  attract: {
    eyebrow: "Tickets for today’s shows",
    heading: "Your seats are a tap away.",
    buy: "Tap to buy tickets",
    buyHint: "See today’s shows at this venue",
    pickup: "Pick up a booking",
    pickupHint: "Booked online? Collect your tickets",
    language: "Language",
  },
  pair: {
    checking: "Checking this kiosk…",
    eyebrow: "Setting up this kiosk",
    heading: "Pair this kiosk",
    body: "Type the one-time pairing code an organizer created for this venue in Marquee (Venue › Terminals). Codes last 10 minutes and work once.",
    codeLabel: "Pairing code",
    codeHint: "Eight letters and digits, such as K7MP-QR2X.",
    codeIncomplete: "Enter all eight characters of the code.",
    keypad: "Code keypad",
    erase: "Delete last character",
    nameLabel: "Kiosk name",
    defaultName: "Kiosk",
    submit: "Pair this kiosk",
    submitting: "Pairing…",
    failed: "Couldn’t pair this kiosk",
    problems: {
      "code-invalid":
        "That code is wrong, already used or expired. Check it, or ask an organizer for a new one.",
      "rate-limited": "Too many tries. Wait a minute, then try again.",
      offline: "Can’t reach Marquee. Check the kiosk’s network connection and try again.",
      "no-encryption":
        "This kiosk has no secure key storage, so its key can’t be kept safely. Ask IT to enable the system keychain.",
      "already-paired": "This kiosk is already paired. Restart it.",
      failed: "Something went wrong while pairing. Try again; if it keeps happening, ask for a new code.",
    },
    browserNote: "Running in a browser: the kiosk key is kept in this browser’s storage, for testing only.",
  },
  paired: {
    heading: "This kiosk is ready",
    terminal: "Kiosk: {{terminal}}",
    body: "It now sells tickets for this venue’s shows. Customers see the start screen next.",
    start: "Open to customers",
  },
  outOfService: {
    heading: "This kiosk is out of service",
    body: "Please buy your tickets at the box office. We’re sorry for the wait.",
    staff: "Staff: this kiosk’s pairing was withdrawn. Provision it again with a new terminal key.",
  },
  buy: {
    heading: "Today’s shows",
    body: "Buying tickets at this kiosk opens soon. Until then, the box office team is happy to help you.",
  },
  pickup: {
    heading: "Pick up a booking",
    body: "Collecting booked tickets here opens soon. Until then, please show your booking code at the box office.",
  },
  nav: {
    back: "Back",
    startOver: "Back to the start",
  },
  idle: {
    heading: "Still there?",
    body: "We’ll go back to the start in a few seconds.",
    stay: "I’m still here",
  },
};

export type KioskMessages = typeof kioskEn;
