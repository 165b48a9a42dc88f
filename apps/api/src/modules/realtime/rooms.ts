/** Everyone watching a show's seat map. */
export const showRoom = (showId: string) => `show:${showId}`;

/** A signed-in user's private channel: their holds, orders and notifications. */
export const userRoom = (userId: string) => `user:${userId}`;
