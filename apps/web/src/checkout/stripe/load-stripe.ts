/**
 * Stripe.js must be loaded from Stripe's own origin (PCI rules forbid bundling it), so it is
 * added as a script tag the first time the Stripe form is shown, never on other pages.
 */

export interface StripeElement {
  mount(target: HTMLElement): void;
  destroy(): void;
  on(event: "ready" | "change", handler: (event: { complete?: boolean }) => void): void;
}
export interface StripeElements {
  create(type: "payment", options?: Record<string, unknown>): StripeElement;
  submit(): Promise<{ error?: { message?: string } }>;
}
export interface StripeClient {
  elements(options: {
    clientSecret: string;
    appearance?: Record<string, unknown>;
    locale?: string;
  }): StripeElements;
  confirmPayment(options: {
    elements: StripeElements;
    redirect: "if_required";
    confirmParams: { return_url: string };
  }): Promise<{ error?: { message?: string }; paymentIntent?: { status: string } }>;
}

declare global {
  interface Window {
    Stripe?: (publishableKey: string) => StripeClient;
  }
}

const clients = new Map<string, Promise<StripeClient>>();

export function loadStripe(publishableKey: string): Promise<StripeClient> {
  let client = clients.get(publishableKey);
  if (!client) {
    client = new Promise<StripeClient>((resolve, reject) => {
      const ready = () =>
        window.Stripe ? resolve(window.Stripe(publishableKey)) : reject(new Error("Stripe.js"));
      if (window.Stripe) return ready();
      const script = document.createElement("script");
      script.src = "https://js.stripe.com/v3/";
      script.async = true;
      script.onload = ready;
      script.onerror = () => reject(new Error("Stripe.js could not be loaded"));
      document.head.append(script);
    });
    clients.set(publishableKey, client);
    client.catch(() => clients.delete(publishableKey));
  }
  return client;
}
