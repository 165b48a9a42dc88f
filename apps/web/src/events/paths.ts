/** Links into the storefront, in one place so pages agree on them. */
export const eventPath = (event: { id: string; slug: string }) => `/events/${event.id}/${event.slug}`;
export const seatsPath = (showId: string) => `/shows/${showId}/seats`;
export const checkoutPath = (holdId: string) => `/checkout/${holdId}`;
export const orderPath = (orderId: string) => `/orders/${orderId}`;
export const searchPath = (params: Record<string, string> = {}) => {
  const query = new URLSearchParams(params).toString();
  return query ? `/search?${query}` : "/search";
};
