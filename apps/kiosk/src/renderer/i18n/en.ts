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
    notPaired: "This kiosk isn’t set up yet. Staff: provision it with its terminal key.",
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
