export const boxofficeEn = {
  product: "Box office",
  terminal: {
    label: "Terminal",
    paired: "Paired",
    notPaired: "Not paired",
    checking: "Checking terminal…",
    pairedDetail: "Terminal {{id}}, paired {{date}}",
    notPairedDetail:
      "Cashiers can sign in, but this counter can’t sell or print tickets until it is paired with a venue.",
    pairHeading: "Pair this terminal",
    pairIntro:
      "Paste the terminal key your venue administrator created for this counter. It is stored encrypted on this computer.",
    keyLabel: "Terminal key",
    keyHint: "The terminal ID, a dot, then the secret.",
    pair: "Pair terminal",
    pairing: "Pairing…",
    invalidKey: "That isn’t a complete terminal key. Copy all of it, including the part after the dot.",
    noEncryption:
      "This computer has no secure key storage, so the key can’t be kept safely. Ask IT to enable the system keychain.",
    unpair: "Unpair",
    browserNote: "Running in a browser: the key is kept in this browser’s storage, for testing only.",
  },
  signIn: {
    title: "Sign in to the counter",
    lede: "Use your Marquee staff account.",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    failed: "Couldn’t sign in",
    notStaff: "This account can’t use the box office. Sign in with a cashier account.",
    panelHeading: "The counter",
    panelBody: "Sell, refund and print tickets for walk-up guests, and hand over bookings made online.",
  },
  counter: {
    title: "Counter",
    signedInSince: "Signed in at {{time}}",
    signOut: "Sign out",
    newSale: "New sale",
    notYet: "Not available yet",
    newSaleBody:
      "Selling at the counter arrives with the booking module. Once it is connected, you’ll pick a show here, choose seats on the live seat map and take cash or card.",
    steps: {
      show: "Pick a show",
      seats: "Choose seats",
      pay: "Take payment",
      print: "Print tickets",
    },
    printer: {
      heading: "Receipt printer",
      body: "Print a test receipt to check the printer and its paper.",
      action: "Print test receipt",
      printed: "Test receipt sent to the printer.",
      failed: "The receipt didn’t print: {{reason}}",
      standin: "Running in a browser: the receipt was recorded, not printed.",
    },
  },
  receipt: {
    title: "Test receipt",
    terminal: "Terminal",
    cashier: "Cashier",
    printedAt: "Printed",
    notPaired: "Not paired",
    footer: "If you can read this, the printer works.",
  },
};

export type BoxOfficeMessages = typeof boxofficeEn;
